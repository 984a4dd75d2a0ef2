/**
 * Test cases: rows of variable values. A row's values fill in the request's `{{variables}}` when it
 * runs. Files (CSV and JSON) are test-case-files.ts, loaded with the test cases.
 */

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
