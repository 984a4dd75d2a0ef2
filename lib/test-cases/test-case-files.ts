/** Test cases as files: CSV (papaparse) with a header row naming the variables, or JSON. */
import Papa from "papaparse";
import { z } from "zod";
import { parseUntrustedJson } from "@/lib/request/untrusted-json";
import { newTestCase, type TestCase } from "@/lib/test-cases/test-cases";

const MAX_ROWS = 1_000;
const MAX_IMPORT_CHARS = 5_000_000;

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
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""));
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

/**
 * Papaparse guesses the delimiter from the text. A file of one column has none to guess, and
 * papaparse reports that as an error though the file is fine: such a file is read again with ",".
 */
function parseCsv(text: string): Papa.ParseResult<Record<string, string>> {
  const options = { header: true, skipEmptyLines: true } as const;
  const guessed = Papa.parse<Record<string, string>>(text, options);
  if (!guessed.errors.some((error) => error.code === "UndetectableDelimiter")) return guessed;
  return Papa.parse<Record<string, string>>(text, { ...options, delimiter: "," });
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

/** A chosen file, by its name and text: JSON when it is named so or opens an array, else CSV. */
export function fromFile(name: string, text: string): Imported {
  const json = name.toLowerCase().endsWith(".json") || text.trimStart().startsWith("[");
  return json ? fromJson(text) : fromCsv(text);
}
