/**
 * Model ids: their parts (the provider, a `:provider` pin) and what ZenMux makes of them.
 *
 * ZenMux's rules for model ids (docs/protocol.md#model-ids): ids are `provider/model` with dotted
 * versions and an optional `:provider` pin; Anthropic-style aliases such as `claude-sonnet-4-6`
 * resolve to `anthropic/claude-sonnet-4.6`; Anthropic's dated ids (`claude-3-5-sonnet-20241022`)
 * and `-latest` ids are not ZenMux ids, so the page offers the ZenMux id instead.
 */
// Apart from models.ts (the catalog's schema): the page uses these rules without loading zod.

/** `anthropic/claude-3.7-sonnet:amazon-bedrock` → `anthropic`. */
export function providerOf(modelId: string): string {
  const slash = modelId.indexOf("/");
  return slash > 0 ? modelId.slice(0, slash) : "other";
}

/** Drops a `:provider` pin, so a pinned id finds its catalog entry. */
export function baseModelId(modelId: string): string {
  const colon = modelId.indexOf(":");
  return colon > 0 ? modelId.slice(0, colon) : modelId;
}

export type ModelIdKind =
  /** `provider/model`, optionally pinned with `:provider`. */
  | { kind: "zenmux"; base: string; pinnedProvider?: string }
  /** An alias ZenMux resolves itself. */
  | { kind: "alias"; resolvesTo: string }
  /** An id only Anthropic's own API knows: ZenMux answers 404. */
  | { kind: "anthropic-native"; suggestion: string }
  | { kind: "unknown" };

/** `claude-3-5-sonnet` (family last) or `claude-sonnet-4-5` (family first), with an optional date or `-latest`. */
const CLAUDE_ID =
  /^claude-(?:(\d+)(?:-(\d))?-([a-z]+)|([a-z]+)-(\d+)(?:-(\d))?)(?:-(\d{8}|latest))?$/;

/** The ZenMux id an Anthropic-style Claude id names, and whether ZenMux resolves it as an alias. */
function claudeId(id: string): { zenmuxId: string; dated: boolean } | undefined {
  const match = CLAUDE_ID.exec(id);
  if (!match) return undefined;
  const [, oldMajor, oldMinor, oldFamily, family, major, minor, suffix] = match;
  const version = (main?: string, sub?: string) => (sub ? `${main}.${sub}` : `${main}`);
  const zenmuxId = oldFamily
    ? `anthropic/claude-${version(oldMajor, oldMinor)}-${oldFamily}`
    : `anthropic/claude-${family}-${version(major, minor)}`;
  return { zenmuxId, dated: suffix !== undefined };
}

export function classifyModelId(id: string): ModelIdKind {
  const trimmed = id.trim();
  if (trimmed.includes("/")) {
    const base = baseModelId(trimmed);
    const pin = trimmed.slice(base.length + 1);
    return pin ? { kind: "zenmux", base, pinnedProvider: pin } : { kind: "zenmux", base };
  }
  const claude = claudeId(trimmed);
  if (!claude) return { kind: "unknown" };
  // Dated and `-latest` ids are Anthropic's own; ZenMux's aliases are the plain family-first form.
  const aliasForm = /^claude-[a-z]+-\d/.test(trimmed);
  return claude.dated || !aliasForm
    ? { kind: "anthropic-native", suggestion: claude.zenmuxId }
    : { kind: "alias", resolvesTo: claude.zenmuxId };
}

/** The id to offer after a 404 or on import ("did you mean …?"); undefined when none is needed. */
export function suggestZenMuxId(id: string): string | undefined {
  const kind = classifyModelId(id);
  return kind.kind === "anthropic-native" ? kind.suggestion : undefined;
}

/** The id whose catalog entry describes this one: aliases resolved, `:provider` pins dropped. */
export function catalogIdOf(id: string): string {
  const kind = classifyModelId(id);
  if (kind.kind === "zenmux") return kind.base;
  if (kind.kind === "alias") return kind.resolvesTo;
  return id.trim();
}

/**
 * Fields that protocol conversion may drop for a non-Anthropic model
 * (docs/protocol.md#protocol-conversion): OpenAI models go through the Responses API, which has
 * neither `stop_sequences` nor `top_k`; others through Chat Completions, which lacks `top_k`.
 */
export function fieldsDroppedByConversion(
  modelId: string,
): readonly ("top_k" | "stop_sequences")[] {
  const provider = providerOf(catalogIdOf(modelId));
  if (provider === "anthropic") return [];
  if (provider === "openai") return ["stop_sequences", "top_k"];
  return ["top_k"];
}

/** The fields this request sets that conversion will drop for its model: they will do nothing. */
export function fieldsDroppedFrom(
  body: Readonly<Record<string, unknown>>,
  modelId: string,
): readonly ("top_k" | "stop_sequences")[] {
  return fieldsDroppedByConversion(modelId).filter((field) => {
    const value = body[field];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  });
}
