/**
 * A comparison: one shared request and 2–10 columns, each a model plus any request fields it
 * overrides. A column's request is derived from the shared one, never kept as a second copy.
 */
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";

// The schema that reads these from links and files is compare-schema.ts: it brings zod, which
// the page's first screen must not load.
export interface CompareColumn {
  id: string;
  model: string;
  /** Body fields this column sends instead of the shared ones; `null` leaves a field out. */
  overrides: Record<string, unknown>;
}

export interface Comparison {
  columns: CompareColumn[];
}

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 10;

let nextId = 0;
export function newColumnId(): string {
  nextId += 1;
  return `c${Date.now().toString(36)}${nextId}`;
}

export function newColumn(model: string, overrides: Record<string, unknown> = {}): CompareColumn {
  return { id: newColumnId(), model, overrides };
}

/** Fields a column may not override: its model has its own control. */
const FIXED_FIELDS = new Set(["model", "messages"]);

/** The request a column sends: the shared body, its overrides, its model. */
export function columnRequest(shared: PlaygroundRequest, column: CompareColumn): PlaygroundRequest {
  const body: Record<string, unknown> = { ...shared.body };
  for (const [field, value] of Object.entries(column.overrides)) {
    if (FIXED_FIELDS.has(field)) continue;
    if (value === null) delete body[field];
    else body[field] = value;
  }
  body.model = column.model;
  return { body: body as unknown as MessagesBody, betas: shared.betas };
}

export interface FieldChange {
  field: string;
  /** JSON of the shared value, or undefined when the shared request has none. */
  shared?: string;
  /** JSON of the column's value, or undefined when the column leaves it out. */
  column?: string;
}

const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

/** How a column's request differs from the shared one, field by field (model first). */
export function columnChanges(shared: PlaygroundRequest, column: CompareColumn): FieldChange[] {
  const mine = columnRequest(shared, column).body as unknown as Record<string, unknown>;
  const base = shared.body as unknown as Record<string, unknown>;
  const fields = [...new Set(["model", ...Object.keys(base), ...Object.keys(mine)])];
  return fields
    .map((field) => ({ field, shared: json(base[field]), column: json(mine[field]) }))
    .filter((change) => change.shared !== change.column);
}

/** Overrides from the JSON a user typed: an object, without the fields a column cannot change. */
export function parseOverrides(
  text: string,
): { ok: true; overrides: Record<string, unknown> } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, overrides: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: 'Overrides are a JSON object, such as {"temperature": 0.2}.' };
  }
  const fixed = Object.keys(value).find((field) => FIXED_FIELDS.has(field));
  if (fixed) {
    return {
      ok: false,
      error:
        fixed === "model"
          ? "Choose the column's model with its model field."
          : "Messages are shared by every column.",
    };
  }
  return { ok: true, overrides: value as Record<string, unknown> };
}

/** Models named by `?model=a,b,c` or `?models=a,b,c` (ZenMux Studio's convention), in order. */
export function modelsFromSearch(search: string): string[] {
  const params = new URLSearchParams(search);
  const raw = [...params.getAll("model"), ...params.getAll("models")].join(",");
  return raw
    .split(",")
    .map((model) => model.trim())
    .filter(Boolean)
    .slice(0, MAX_COLUMNS);
}

/** A comparison of these models, one column each; null for fewer than two. */
export function comparisonOf(models: readonly string[]): Comparison | null {
  if (models.length < MIN_COLUMNS) return null;
  return { columns: models.slice(0, MAX_COLUMNS).map((model) => newColumn(model)) };
}

/** A second column for a comparison started from one request: a different known model. */
export function startComparison(
  shared: PlaygroundRequest,
  candidates: readonly string[],
): Comparison {
  const current = shared.body.model;
  const other = candidates.find((model) => model !== current) ?? current;
  return { columns: [newColumn(current), newColumn(other)] };
}
