/**
 * "Did you mean …?" for an Anthropic-native model id, checked against the ids ZenMux lists. Apart
 * from model-ids.ts, whose rules the pre-send checks run on the first screen, because only the
 * views that offer the fix need it.
 */
import { suggestZenMuxId } from "@/lib/anthropic/model-ids";

export interface ModelSuggestion {
  id: string;
  /** False when ZenMux does not list the model the id names, and this is its family's newest. */
  exact: boolean;
}

/** `anthropic/claude-3.7-sonnet` → { family: "sonnet", version: [3, 7] }. */
function claudeFamily(id: string): { family: string; version: number[] } | undefined {
  const match = /^anthropic\/claude-(?:([\d.]+)-([a-z]+)|([a-z]+)-([\d.]+))$/.exec(id);
  if (!match) return undefined;
  const family = match[2] ?? match[3] ?? "";
  const version = (match[1] ?? match[4] ?? "").split(".").map(Number);
  return { family, version };
}

function newer(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return false;
}

/**
 * "Did you mean …?" for an Anthropic-native id, checked against the ids ZenMux lists: the model
 * the id names when it is listed, else the newest listed model of its family (Anthropic retires
 * old models, and so does ZenMux's list). Undefined when the id needs no suggestion.
 */
export function suggestListedModel(
  id: string,
  listed: readonly string[] | undefined,
): ModelSuggestion | undefined {
  const named = suggestZenMuxId(id);
  if (!named) return undefined;
  if (!listed || listed.includes(named)) return { id: named, exact: true };
  const family = claudeFamily(named)?.family;
  let best: { id: string; version: number[] } | undefined;
  for (const candidate of listed) {
    const parsed = claudeFamily(candidate);
    if (!parsed || parsed.family !== family) continue;
    if (!best || newer(parsed.version, best.version)) best = { id: candidate, ...parsed };
  }
  return best ? { id: best.id, exact: false } : { id: named, exact: true };
}
