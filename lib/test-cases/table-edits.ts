/**
 * Edits of the test-case table, each giving a new table. One rule holds after every edit: the
 * selected row is one of the rows, or the first row when it is gone, or none when no rows are left.
 */
import { newTestCase, type TestCase, type TestCaseTable } from "@/lib/test-cases/test-cases";

/** The table with these rows, keeping `selectedId` selected when it is still a row. */
export function withRows(
  table: TestCaseTable,
  rows: TestCase[],
  selectedId: string | null = table.selectedId,
): TestCaseTable {
  return {
    rows,
    selectedId: rows.some((row) => row.id === selectedId) ? selectedId : (rows[0]?.id ?? null),
  };
}

export function selectTestCase(table: TestCaseTable, id: string): TestCaseTable {
  return withRows(table, table.rows, id);
}

/** One cell changed: the value of variable `name` in the row `id`. */
export function setCell(
  table: TestCaseTable,
  id: string,
  name: string,
  value: string,
): TestCaseTable {
  return withRows(
    table,
    table.rows.map((row) =>
      row.id === id ? { ...row, values: { ...row.values, [name]: value } } : row,
    ),
  );
}

/** A new empty row at the end, with a cell for every column; selected when it is the first. */
export function addTestCase(table: TestCaseTable, columns: readonly string[]): TestCaseTable {
  const row = newTestCase(Object.fromEntries(columns.map((name) => [name, ""])));
  return withRows(table, [...table.rows, row], table.selectedId ?? row.id);
}

/** A copy of the row `id`, just after it. */
export function duplicateTestCase(table: TestCaseTable, id: string): TestCaseTable {
  const index = table.rows.findIndex((row) => row.id === id);
  const original = table.rows[index];
  if (!original) return table;
  const rows = [...table.rows];
  rows.splice(index + 1, 0, newTestCase(original.values));
  return withRows(table, rows);
}

export function deleteTestCase(table: TestCaseTable, id: string): TestCaseTable {
  return withRows(
    table,
    table.rows.filter((row) => row.id !== id),
  );
}

/** An imported file's rows take the place of the table's, and the first of them is selected. */
export function importedTable(rows: TestCase[]): TestCaseTable {
  return { rows, selectedId: rows[0]?.id ?? null };
}
