import { describe, expect, it } from "vitest";
import {
  addTestCase,
  deleteTestCase,
  duplicateTestCase,
  importedTable,
  selectTestCase,
  setCell,
  withRows,
} from "@/lib/test-cases/table-edits";
import { EMPTY_TABLE, newTestCase, type TestCaseTable } from "@/lib/test-cases/test-cases";

const oslo = newTestCase({ city: "Oslo", tone: "calm" });
const rome = newTestCase({ city: "Rome", tone: "" });
const bern = newTestCase({ city: "Bern", tone: "dry" });
const table: TestCaseTable = { rows: [oslo, rome, bern], selectedId: rome.id };

const cities = (edited: TestCaseTable) => edited.rows.map((row) => row.values.city);

describe("test-case table edits", () => {
  it("keeps the selected row while it is there, else selects the first, else none", () => {
    expect(withRows(table, [bern, rome]).selectedId).toBe(rome.id);
    expect(withRows(table, [bern, oslo]).selectedId).toBe(bern.id);
    expect(withRows(table, [])).toEqual(EMPTY_TABLE);
    expect(withRows(table, [oslo, bern], bern.id).selectedId).toBe(bern.id);
    expect(selectTestCase(table, bern.id)).toEqual({ rows: table.rows, selectedId: bern.id });
    expect(selectTestCase(table, "gone").selectedId).toBe(oslo.id);
  });

  it("sets one cell and leaves the other rows and the original table alone", () => {
    const edited = setCell(table, rome.id, "tone", "warm");
    expect(edited.rows[1]).toEqual({ id: rome.id, values: { city: "Rome", tone: "warm" } });
    expect(edited.rows[0]).toBe(oslo);
    expect(edited.rows[2]).toBe(bern);
    expect(edited.selectedId).toBe(rome.id);
    expect(rome.values.tone).toBe("");
    expect(setCell(table, oslo.id, "year", "2026").rows[0]?.values).toEqual({
      city: "Oslo",
      tone: "calm",
      year: "2026",
    });
  });

  it("adds an empty row with every column at the end, selected only when nothing was", () => {
    const added = addTestCase(table, ["city", "tone", "year"]);
    expect(added.rows).toHaveLength(4);
    expect(added.rows[3]?.values).toEqual({ city: "", tone: "", year: "" });
    expect(added.rows[3]?.id).not.toBe(bern.id);
    expect(added.selectedId).toBe(rome.id);
    const first = addTestCase(EMPTY_TABLE, ["city"]);
    expect(first.selectedId).toBe(first.rows[0]?.id);
  });

  it("duplicates a row just after it, as a row of its own", () => {
    const copied = duplicateTestCase(table, oslo.id);
    expect(cities(copied)).toEqual(["Oslo", "Oslo", "Rome", "Bern"]);
    const copy = copied.rows[1];
    expect(copy?.id).not.toBe(oslo.id);
    expect(copy?.values).toEqual(oslo.values);
    expect(copy?.values).not.toBe(oslo.values);
    expect(copied.selectedId).toBe(rome.id);
    expect(cities(duplicateTestCase(table, bern.id))).toEqual(["Oslo", "Rome", "Bern", "Bern"]);
    expect(duplicateTestCase(table, "gone")).toBe(table);
  });

  it("deletes a row; deleting the selected one selects the first", () => {
    expect(cities(deleteTestCase(table, bern.id))).toEqual(["Oslo", "Rome"]);
    const deleted = deleteTestCase(table, rome.id);
    expect(cities(deleted)).toEqual(["Oslo", "Bern"]);
    expect(deleted.selectedId).toBe(oslo.id);
    expect(deleteTestCase({ rows: [oslo], selectedId: oslo.id }, oslo.id)).toEqual(EMPTY_TABLE);
  });

  it("puts an import's rows in place of the table's, its first row selected", () => {
    const imported = [newTestCase({ city: "Lima" }), newTestCase({ city: "Quito" })];
    expect(importedTable(imported)).toEqual({ rows: imported, selectedId: imported[0]?.id });
    expect(importedTable([])).toEqual(EMPTY_TABLE);
  });
});
