import type { z } from "zod";
import { CODE_EXECUTION_REFUSAL, isCodeExecutionTool } from "@/lib/anthropic/protocol";
import { documentsProblem } from "./media-checks";
import {
  type CountTokensBody,
  countTokensBodySchema,
  type EmulatorMessage,
  type MessagesRequestBody,
  messagesBodySchema,
} from "./schema";

/**
 * Validation that answers like the real API: the first problem, as `path: message`, in the
 * pydantic wording Anthropic's errors use (`max_tokens: Field required`).
 */

export type Validation<T> = { ok: true; body: T } | { ok: false; message: string };

type Issue = z.core.$ZodRawIssue;

/** Per-parse error map: schema-level messages (e.g. "text content blocks must be non-empty") win. */
function pydanticMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "Field required";
      const expected = String(issue.expected);
      const noun =
        expected === "object" || expected === "record"
          ? "a valid dictionary"
          : expected === "array"
            ? "a valid list"
            : expected === "int"
              ? "a valid integer"
              : `a valid ${expected}`;
      return `Input should be ${noun}`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array" || issue.origin === "set")
        return `List should have at least ${min} item${min === 1 ? "" : "s"} after validation`;
      if (issue.origin === "string")
        return `String should have at least ${min} character${min === 1 ? "" : "s"}`;
      return `Input should be greater than ${issue.inclusive ? "or equal to " : ""}${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return `List should have at most ${max} items after validation`;
      if (issue.origin === "string") return `String should have at most ${max} characters`;
      return `Input should be less than ${issue.inclusive ? "or equal to " : ""}${max}`;
    }
    case "invalid_value":
      return `Input should be ${orList(issue.values.map((value) => `'${String(value)}'`))}`;
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options)) {
        const tags = options.map((tag) => `'${String(tag)}'`).join(", ");
        const input = issue.input as { type?: unknown } | undefined;
        const tag = typeof input === "object" && input !== null ? input.type : input;
        return `Input tag '${String(tag)}' found using 'type' does not match any of the expected tags: ${tags}`;
      }
      if (issue.input === undefined) return "Field required";
      return "Input should be a valid string or a valid list of content blocks";
    }
    case "invalid_format":
      return issue.format === "url"
        ? "Input should be a valid URL"
        : `Input should be a valid ${issue.format}`;
    default:
      return "Invalid input";
  }
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * The first issue, as `path: message`. For `string | block[]` unions, the branch that got past the
 * type check says what is really wrong (`messages.0.content.0.type: …`).
 */
function firstIssue(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): string {
  const issue = issues[0];
  if (!issue) return "Invalid request body";
  if (issue.code === "invalid_union" && !("discriminator" in issue)) {
    const deeper = issue.errors.find((branch) => branch.length > 0 && branch[0]?.path.length !== 0);
    if (deeper) return firstIssue(deeper, [...prefix, ...issue.path]);
  }
  const path = [...prefix, ...issue.path].map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): Validation<T> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      message: "Input should be a valid dictionary: the request body must be a JSON object",
    };
  }
  const result = schema.safeParse(raw, { error: pydanticMessage });
  return result.success
    ? { ok: true, body: result.data }
    : { ok: false, message: firstIssue(result.error.issues) };
}

export function validateMessagesBody(raw: unknown): Validation<MessagesRequestBody> {
  const parsed = parseWith(messagesBodySchema, raw);
  if (!parsed.ok) return parsed;
  const problem = crossFieldProblem(parsed.body, parsed.body.max_tokens);
  return problem ? { ok: false, message: problem } : parsed;
}

export function validateCountTokensBody(raw: unknown): Validation<CountTokensBody> {
  const parsed = parseWith(countTokensBodySchema, raw);
  if (!parsed.ok) return parsed;
  const problem = crossFieldProblem(parsed.body, undefined);
  return problem ? { ok: false, message: problem } : parsed;
}

type CheckedBody = CountTokensBody &
  Partial<Pick<MessagesRequestBody, "temperature" | "top_k" | "top_p">>;

/** The rules that span fields, in the order the real API reports them. */
function crossFieldProblem(body: CheckedBody, maxTokens: number | undefined): string | undefined {
  return (
    messagesProblem(body.messages) ??
    documentsProblem(body.messages) ??
    toolsProblem(body) ??
    thinkingProblem(body, maxTokens)
  );
}

function messagesProblem(messages: EmulatorMessage[]): string | undefined {
  const seenToolUseIds = new Set<string>();
  const lastIndex = messages.length - 1;
  for (const [i, message] of messages.entries()) {
    const isFinalAssistant = i === lastIndex && message.role === "assistant";
    const { content } = message;
    if (content.length === 0 && !isFinalAssistant) {
      return `messages.${i}.content: all messages must have non-empty content except for the optional final assistant message`;
    }
    if (typeof content === "string") continue;
    for (const [j, block] of content.entries()) {
      const where = `messages.${i}.content.${j}`;
      if (block.type === "tool_result" && message.role !== "user") {
        return `${where}.type: tool_result blocks are only allowed in user messages`;
      }
      if (
        (block.type === "tool_use" ||
          block.type === "thinking" ||
          block.type === "redacted_thinking") &&
        message.role !== "assistant"
      ) {
        return `${where}.type: ${block.type} blocks are only allowed in assistant messages`;
      }
      if (block.type === "tool_use") seenToolUseIds.add(block.id);
      if (block.type === "tool_result" && !seenToolUseIds.has(block.tool_use_id)) {
        return `${where}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${block.tool_use_id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in an earlier assistant message.`;
      }
    }
  }
  const last = messages[lastIndex];
  if (last?.role === "assistant" && /\s$/.test(finalText(last))) {
    return "messages: final assistant content cannot end with trailing whitespace";
  }
  return undefined;
}

function finalText(message: EmulatorMessage): string {
  if (typeof message.content === "string") return message.content;
  const lastBlock = message.content[message.content.length - 1];
  return lastBlock?.type === "text" ? lastBlock.text : "";
}

function toolsProblem(body: CheckedBody): string | undefined {
  const tools = body.tools ?? [];
  const names = new Set<string>();
  for (const [i, tool] of tools.entries()) {
    if (isCodeExecutionTool(tool)) {
      return `tools.${i}: ${CODE_EXECUTION_REFUSAL}`;
    }
    const custom = tool.type === undefined || tool.type === "custom";
    if (custom && tool.input_schema === undefined) return `tools.${i}.input_schema: Field required`;
    if (names.has(tool.name)) return `tools: Tool names must be unique (duplicate: ${tool.name})`;
    names.add(tool.name);
  }
  const choice = body.tool_choice;
  if (choice?.type === "tool" && !names.has(choice.name)) {
    return `tool_choice.name: Tool '${choice.name}' not found in \`tools\``;
  }
  if (choice?.type === "any" && tools.length === 0) {
    return "tool_choice: `tool_choice.type` 'any' requires at least one tool in `tools`";
  }
  return undefined;
}

function thinkingProblem(body: CheckedBody, maxTokens: number | undefined): string | undefined {
  if (body.thinking?.type !== "enabled") return undefined;
  const budget = body.thinking.budget_tokens;
  if (maxTokens !== undefined && budget >= maxTokens) {
    return `max_tokens: must be greater than thinking.budget_tokens (${budget}); got ${maxTokens}`;
  }
  if (body.temperature !== undefined && body.temperature !== 1) {
    return "temperature: may only be set to 1 when thinking is enabled";
  }
  if (body.top_k !== undefined) return "top_k: cannot be set when thinking is enabled";
  if (body.top_p !== undefined && body.top_p < 0.95) {
    return "top_p: must be greater than or equal to 0.95, or unset, when thinking is enabled";
  }
  const choice = body.tool_choice?.type;
  if (choice === "any" || choice === "tool") {
    return `tool_choice: Thinking may not be enabled when tool_choice forces tool use (type '${choice}')`;
  }
  const last = body.messages[body.messages.length - 1];
  if (last?.role === "assistant" && !startsWithThinking(last)) {
    return "messages: a final assistant message (prefill) is not allowed when thinking is enabled, unless it starts with a thinking block";
  }
  return undefined;
}

function startsWithThinking(message: EmulatorMessage): boolean {
  if (typeof message.content === "string") return false;
  const first = message.content[0]?.type;
  return first === "thinking" || first === "redacted_thinking";
}
