import { classifyModelId, fieldsDroppedFrom } from "@/lib/anthropic/model-ids";
import {
  isCodeExecutionTool,
  UNSUPPORTED_BETAS,
  UNSUPPORTED_BODY_FIELDS,
} from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { checkDocuments } from "./document-checks";
import type { RequestIssue } from "./request-issue";

/** The largest `max_tokens` the editor accepts (the largest any catalog model allows). */
export const MAX_TOKENS_LIMIT = 128_000;
export const MIN_THINKING_BUDGET = 1024;
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

type Block = { type?: unknown; text?: unknown; id?: unknown; tool_use_id?: unknown };

function blocksOf(content: unknown): Block[] | null {
  return Array.isArray(content) ? (content as Block[]) : null;
}

function isBlank(content: unknown): boolean {
  if (typeof content === "string") return content.trim() === "";
  const blocks = blocksOf(content);
  if (!blocks) return true;
  return blocks.every((b) => b?.type === "text" && String(b.text ?? "").trim() === "");
}

/** Pre-send checks: what would make ZenMux refuse the request, or silently ignore part of it. */
export function checkRequest(request: PlaygroundRequest): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const error = (path: string, message: string) =>
    issues.push({ path, message, severity: "error" });
  const warn = (path: string, message: string) =>
    issues.push({ path, message, severity: "warning" });
  // Read loosely: raw JSON and imports can put any value anywhere.
  const body = request.body as unknown as Record<string, unknown>;

  if (typeof body.model !== "string" || !body.model.trim()) error("model", "Choose a model.");
  else checkModelId(body, body.model, warn);

  const maxTokens = body.max_tokens;
  if (typeof maxTokens !== "number" || !Number.isInteger(maxTokens))
    error("max_tokens", "Max tokens must be a whole number.");
  else if (maxTokens < 1 || maxTokens > MAX_TOKENS_LIMIT)
    error(
      "max_tokens",
      `Max tokens must be between 1 and ${MAX_TOKENS_LIMIT.toLocaleString("en")}.`,
    );

  const messages = Array.isArray(body.messages)
    ? (body.messages as { role?: unknown; content?: unknown }[])
    : [];
  if (messages.length === 0) error("messages", "Add at least one message.");
  const last = messages.length - 1;
  const prefill = messages.length > 0 && messages[last]?.role === "assistant";
  const toolUseIds = new Set<string>();
  messages.forEach((message, i) => {
    const n = i + 1;
    if (isBlank(message.content)) {
      // Only the final assistant turn may be empty (the API then just starts the answer).
      if (i === last && message.role === "assistant" && typeof message.content === "string")
        warn(`messages.${i}.content`, `Message ${n} is an empty prefill; it has no effect.`);
      else error(`messages.${i}.content`, `Message ${n} is empty.`);
    }
    if (i === 0 && message.role !== "user")
      warn(`messages.${i}.role`, "The first message should be from the user.");
    if (i > 0 && messages[i - 1]?.role === message.role)
      warn(
        `messages.${i}.role`,
        `Messages ${i} and ${n} are both from the ${String(message.role)}; the API merges consecutive turns of one role.`,
      );
    for (const block of blocksOf(message.content) ?? []) {
      if (block?.type === "tool_use" && typeof block.id === "string") toolUseIds.add(block.id);
      if (block?.type === "tool_result" && !toolUseIds.has(String(block.tool_use_id)))
        error(
          `messages.${i}.content`,
          `Message ${n} has a tool_result for "${String(block.tool_use_id)}", which no earlier tool_use has as its id.`,
        );
    }
  });

  const range = (key: "temperature" | "top_p", label: string) => {
    const value = body[key];
    if (value === undefined) return;
    if (typeof value !== "number" || Number.isNaN(value) || value < 0 || value > 1)
      error(key, `${label} must be between 0 and 1.`);
  };
  range("temperature", "Temperature");
  range("top_p", "Top P");
  if (body.top_k !== undefined) {
    const topK = body.top_k;
    if (typeof topK !== "number" || !Number.isInteger(topK) || topK < 0)
      error("top_k", "Top K must be a whole number of 0 or more.");
  }

  const tools = Array.isArray(body.tools) ? (body.tools as Record<string, unknown>[]) : [];
  const toolNames = new Set<string>();
  tools.forEach((tool, i) => {
    const n = i + 1;
    if (isCodeExecutionTool(tool)) {
      error(`tools.${i}`, UNSUPPORTED_BETAS["code-execution-2025-08-25"] ?? "Not supported.");
      return;
    }
    const name = tool?.name;
    if (typeof name !== "string" || !TOOL_NAME.test(name))
      error(`tools.${i}.name`, `Tool ${n} needs a name of 1–64 letters, digits, _ or -.`);
    else if (toolNames.has(name)) error(`tools.${i}.name`, `Two tools are named "${name}".`);
    if (typeof name === "string") toolNames.add(name);
    // Server tools (web search, text editor …) carry a `type` and no schema.
    const custom = tool?.type === undefined || tool.type === "custom";
    if (!custom) return;
    const schema = tool.input_schema as { type?: unknown } | undefined;
    if (typeof schema !== "object" || schema === null || Array.isArray(schema))
      error(`tools.${i}.input_schema`, `Tool ${n}'s input schema must be a JSON object.`);
    else if (schema.type !== "object")
      error(`tools.${i}.input_schema`, `Tool ${n}'s input schema must have "type": "object".`);
  });

  const choice = body.tool_choice as { type?: unknown; name?: unknown } | undefined;
  const forced = choice?.type === "any" || choice?.type === "tool";
  if (forced && tools.length === 0) error("tool_choice", "Tool choice requires at least one tool.");
  if (choice?.type === "tool" && tools.length > 0 && !toolNames.has(String(choice.name ?? "")))
    error(
      "tool_choice",
      `Tool choice names "${String(choice.name ?? "")}", which is not a tool here.`,
    );

  const thinking = body.thinking as { type?: unknown; budget_tokens?: unknown } | undefined;
  if (thinking?.type === "enabled") {
    const budget = thinking.budget_tokens;
    if (typeof budget !== "number" || !Number.isInteger(budget) || budget < MIN_THINKING_BUDGET)
      error(
        "thinking.budget_tokens",
        `The thinking budget must be at least ${MIN_THINKING_BUDGET}.`,
      );
    else if (typeof maxTokens === "number" && budget >= maxTokens)
      error("thinking.budget_tokens", "The thinking budget must be less than max tokens.");
    if (body.temperature !== undefined && body.temperature !== 1)
      error("temperature", "With extended thinking, temperature must be unset or 1.");
    if (body.top_k !== undefined) error("top_k", "Top K cannot be used with extended thinking.");
    if (prefill)
      error(
        `messages.${last}.role`,
        "A prefilled assistant turn cannot be used with extended thinking.",
      );
    if (forced) error("tool_choice", "With extended thinking, tool choice must be auto or none.");
  }

  for (const beta of request.betas) {
    const reason = UNSUPPORTED_BETAS[beta];
    if (reason) error("betas", reason);
  }
  for (const [field, reason] of Object.entries(UNSUPPORTED_BODY_FIELDS))
    if (field in body) warn(field, reason);

  issues.push(...checkDocuments(request));
  return issues;
}

/**
 * ZenMux's rules for the model id (docs/protocol.md#model-ids): aliases and `:provider` pins are
 * fine, an Anthropic-native id is answered with a 404, and a non-Anthropic model loses the fields
 * that protocol conversion drops (docs/protocol.md#protocol-conversion).
 */
function checkModelId(
  body: Record<string, unknown>,
  model: string,
  warn: (path: string, message: string) => void,
): void {
  const kind = classifyModelId(model);
  if (kind.kind === "anthropic-native")
    warn(
      "model",
      `"${model}" is Anthropic's own model id; ZenMux answers it with a 404. Did you mean ${kind.suggestion}?`,
    );
  for (const field of fieldsDroppedFrom(body, model))
    warn(
      field,
      `${model} is not an Anthropic model: ZenMux converts the request for it and drops ${field}, so it will have no effect.`,
    );
}
