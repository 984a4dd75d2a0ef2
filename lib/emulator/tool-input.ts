import { keywords, quote } from "./conversation";
import type { EmulatorTool, ToolChoice } from "./schema";

/**
 * Tool use: which tool the emulated model calls, and an `input` that satisfies the tool's
 * `input_schema`, filled from the user's words where a property plausibly asks for them.
 */

type JsonSchema = Record<string, unknown>;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && word !== "get" && word !== "set");
}

function relevance(tool: EmulatorTool, userWords: Set<string>): number {
  let score = 0;
  for (const word of nameWords(tool.name)) if (userWords.has(word)) score += 3;
  for (const word of keywords(tool.description ?? ""))
    if (word.length > 3 && userWords.has(word)) score += 1;
  if (userWords.has(tool.name.toLowerCase())) score += 3;
  return score;
}

/** The tool the answer calls, or none: `auto` calls only a tool the user plausibly asked for. */
export function chooseTool(
  tools: EmulatorTool[] | undefined,
  choice: ToolChoice | undefined,
  userText: string,
  answeringToolResult: boolean,
): EmulatorTool | undefined {
  // Server tools (web_search_…) run on the provider's side; the emulator only calls custom tools.
  const list = (tools ?? []).filter((tool) => tool.type === undefined || tool.type === "custom");
  if (list.length === 0 || choice?.type === "none") return undefined;
  if (choice?.type === "tool") return list.find((tool) => tool.name === choice.name);
  const userWords = new Set([
    ...keywords(userText),
    ...(userText.toLowerCase().match(/[\w-]+/g) ?? []),
  ]);
  const ranked = list
    .map((tool, index) => ({ tool, index, score: relevance(tool, userWords) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  if (choice?.type === "any") return ranked[0]?.tool;
  // With a tool's result in hand, `auto` answers in text rather than calling again.
  if (answeringToolResult) return undefined;
  const best = ranked[0];
  return best && best.score > 0 ? best.tool : undefined;
}

const LOCATION_WORDS = /\b(?:in|for|at|near|from|to)\s+([A-Z][\p{L}'-]*(?:[ ,]+[A-Z][\p{L}'-]*)*)/u;

/** A string for a property, taken from the user's text where the property's name suggests it. */
function stringFor(name: string, schema: JsonSchema, userText: string): string {
  const key = name.toLowerCase();
  const format = schema.format;
  if (format === "date") return "2025-01-01";
  if (format === "date-time") return "2025-01-01T00:00:00Z";
  if (format === "email" || key.includes("email")) return "user@example.com";
  if (format === "uri" || format === "url" || key.includes("url")) return "https://example.com";
  if (/location|city|place|country|region|address|destination/.test(key)) {
    return (
      LOCATION_WORDS.exec(userText)?.[1]?.replace(/[ ,]+$/, "") ??
      keywords(userText)[0] ??
      "San Francisco"
    );
  }
  const quoted = /["“]([^"”]{1,80})["”]/.exec(userText)?.[1];
  if (quoted) return quoted;
  if (/query|search|question|prompt|text|message|input|topic|term|keyword/.test(key)) {
    return quote(userText, 80) || "example";
  }
  if (/name|title|id/.test(key)) return keywords(userText).slice(0, 2).join("-") || "example";
  return keywords(userText)[0] ?? "example";
}

function numberFor(schema: JsonSchema, userText: string, integer: boolean): number {
  const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  const found = /-?\d+(?:\.\d+)?/.exec(userText)?.[0];
  let value = found !== undefined ? Number(found) : (min ?? 1);
  if (integer) value = Math.round(value);
  if (min !== undefined && value < min) value = integer ? Math.ceil(min) : min;
  if (max !== undefined && value > max) value = integer ? Math.floor(max) : max;
  return value;
}

/** A value that satisfies `schema` (the JSON-schema subset tools use), for property `name`. */
export function valueFor(schema: unknown, name: string, userText: string, depth = 0): unknown {
  if (typeof schema !== "object" || schema === null || depth > 6)
    return stringFor(name, {}, userText);
  const s = schema as JsonSchema;
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if ("default" in s) return s.default;
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const options = s[key];
    if (Array.isArray(options) && options.length > 0) {
      const option = options.find((item) => (item as JsonSchema)?.type !== "null") ?? options[0];
      return valueFor(option, name, userText, depth + 1);
    }
  }
  const type = Array.isArray(s.type)
    ? (s.type.find((item) => item !== "null") ?? "string")
    : s.type;
  switch (type) {
    case "integer":
      return numberFor(s, userText, true);
    case "number":
      return numberFor(s, userText, false);
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      const count = typeof s.minItems === "number" ? Math.max(1, s.minItems) : 1;
      return Array.from({ length: count }, () => valueFor(s.items, name, userText, depth + 1));
    }
    case "object":
      return objectFor(s, userText, depth);
    default:
      if (s.properties !== undefined) return objectFor(s, userText, depth);
      return stringFor(name, s, userText);
  }
}

function objectFor(schema: JsonSchema, userText: string, depth: number): Record<string, unknown> {
  const properties =
    typeof schema.properties === "object" && schema.properties !== null
      ? (schema.properties as Record<string, unknown>)
      : {};
  const required = Array.isArray(schema.required)
    ? schema.required.filter((key) => typeof key === "string")
    : [];
  const out: Record<string, unknown> = {};
  for (const key of required) out[key] = valueFor(properties[key], key, userText, depth + 1);
  return out;
}

/** The `input` for a call of `tool`. */
export function toolInput(tool: EmulatorTool, userText: string): Record<string, unknown> {
  if (!tool.input_schema) return {};
  return objectFor(tool.input_schema, userText, 0);
}
