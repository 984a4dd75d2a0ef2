/**
 * Test cases: rows of variable values, imported and exported as CSV (papaparse) or JSON. A row's
 * values fill in the request's `{{variables}}` when it runs.
 */
import Papa from "papaparse";
import { z } from "zod";
import { parseUntrustedJson } from "@/lib/playground/untrusted-json";

export interface TestCase {
  id: string;
  values: Record<string, string>;
}

export interface TestCaseTable {
  rows: TestCase[];
  /** The row whose values the editor's Run, the code panel and the JSON view use. */
  selectedId: string | null;
}

export const EMPTY_TABLE: TestCaseTable = { rows: [], selectedId: null };

const MAX_ROWS = 1_000;
const MAX_IMPORT_CHARS = 5_000_000;

let counter = 0;
export function newTestCase(values: Record<string, string> = {}): TestCase {
  counter += 1;
  return { id: `t${Date.now().toString(36)}${counter}`, values: { ...values } };
}

/** The values of the selected row, or none. */
export function selectedValues(table: TestCaseTable): Record<string, string> {
  return table.rows.find((row) => row.id === table.selectedId)?.values ?? {};
}

/** Every variable a set of rows names, in first-seen order after the request's own. */
export function tableColumns(variables: readonly string[], rows: readonly TestCase[]): string[] {
  const names = new Set(variables);
  for (const row of rows) for (const name of Object.keys(row.values)) names.add(name);
  return [...names];
}

export function toCsv(columns: readonly string[], rows: readonly TestCase[]): string {
  return Papa.unparse(
    {
      fields: [...columns],
      data: rows.map((row) => columns.map((name) => row.values[name] ?? "")),
    },
    { newline: "\n" },
  );
}

export function toJson(columns: readonly string[], rows: readonly TestCase[]): string {
  const objects = rows.map((row) =>
    Object.fromEntries(columns.map((name) => [name, row.values[name] ?? ""])),
  );
  return `${JSON.stringify(objects, null, 2)}\n`;
}

export type Imported = { ok: true; rows: TestCase[] } | { ok: false; error: string };

/** CSV with a header row naming the variables; quotes, commas, newlines and empty cells kept. */
export function fromCsv(text: string): Imported {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: "The CSV file is too large." };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  const fields = parsed.meta.fields ?? [];
  if (fields.length === 0 || fields.every((field) => !field.trim())) {
    return { ok: false, error: "The CSV has no header row naming the variables." };
  }
  const fatal = parsed.errors.find((error) => error.type !== "FieldMismatch");
  if (fatal) {
    return {
      ok: false,
      error: `The CSV could not be read (row ${fatal.row ?? "?"}): ${fatal.message}.`,
    };
  }
  const mismatch = parsed.errors.find((error) => error.type === "FieldMismatch");
  if (mismatch) {
    return {
      ok: false,
      error: `Row ${(mismatch.row ?? 0) + 1} of the CSV has a different number of cells than its header.`,
    };
  }
  return limited(
    parsed.data.map((record) =>
      newTestCase(Object.fromEntries(fields.map((name) => [name, record[name] ?? ""]))),
    ),
  );
}

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const jsonRowsSchema = z.array(z.record(z.string().max(200), cellSchema)).max(MAX_ROWS);

/** A JSON array of objects, one per test case; numbers and booleans become their text. */
export function fromJson(text: string): Imported {
  const read = parseUntrustedJson(text, "test case file", MAX_IMPORT_CHARS);
  if (!read.ok) return { ok: false, error: read.error };
  const parsed = jsonRowsSchema.safeParse(read.value);
  if (!parsed.success) {
    return {
      ok: false,
      error: 'Test cases in JSON are an array of objects of text, such as [{"city": "Paris"}].',
    };
  }
  return limited(
    parsed.data.map((record) =>
      newTestCase(
        Object.fromEntries(
          Object.entries(record).map(([name, value]) => [
            name,
            value === null ? "" : String(value),
          ]),
        ),
      ),
    ),
  );
}

function limited(rows: TestCase[]): Imported {
  if (rows.length === 0) return { ok: false, error: "The file holds no test cases." };
  if (rows.length > MAX_ROWS) return { ok: false, error: `At most ${MAX_ROWS} test cases.` };
  return { ok: true, rows };
}

/** Runs tasks with at most `limit` at once, until all are done or `signal` aborts. */
export async function runPool(
  tasks: readonly (() => Promise<void>)[],
  limit: number,
  signal: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (!signal.aborted && next < tasks.length) {
      const task = tasks[next];
      next += 1;
      await task?.();
    }
  };
  const width = Math.max(1, Math.min(Math.floor(limit) || 1, tasks.length));
  await Promise.all(Array.from({ length: width }, worker));
}
