import { buttonClass, inputClass } from "@/components/ui/field-styles";
import { TableHead } from "@/components/ui/table-head";
import {
  deleteTestCase,
  duplicateTestCase,
  selectTestCase,
  setCell,
} from "@/lib/test-cases/table-edits";
import type { TestCaseTable } from "@/lib/test-cases/test-cases";

/** The test cases, one row each: which one the editor uses, its values, and its own actions. */
export function TestCaseRows({
  table,
  columns,
  onTableChange,
}: {
  table: TestCaseTable;
  /** The variables the table has a column for, in order. */
  columns: readonly string[];
  onTableChange(table: TestCaseTable): void;
}) {
  if (table.rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table aria-label="Test cases" className="w-full text-sm">
        <TableHead
          className="text-xs text-fg-muted"
          cellClassName="px-1 font-medium"
          cells={[
            { key: "use", label: "Use", className: "w-10" },
            { key: "#", label: "#", className: "w-8" },
            ...columns.map((name) => ({
              key: `variable ${name}`,
              label: name,
              className: "font-mono",
            })),
            { key: "actions", label: <span className="sr-only">Actions</span> },
          ]}
        />
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.id} className="align-top">
              <td className="px-1 py-1">
                <input
                  type="radio"
                  name="selected-test-case"
                  aria-label={`Use test case ${r + 1}`}
                  checked={table.selectedId === row.id}
                  onChange={() => onTableChange(selectTestCase(table, row.id))}
                />
              </td>
              <td className="px-1 py-1 text-fg-muted">{r + 1}</td>
              {columns.map((name) => (
                <td key={name} className="px-1 py-1">
                  <textarea
                    aria-label={`${name} in test case ${r + 1}`}
                    value={row.values[name] ?? ""}
                    rows={1}
                    onChange={(event) =>
                      onTableChange(setCell(table, row.id, name, event.target.value))
                    }
                    className={`${inputClass} min-w-32 resize-y`}
                  />
                </td>
              ))}
              <td className="px-1 py-1 whitespace-nowrap">
                <button
                  type="button"
                  onClick={() => onTableChange(duplicateTestCase(table, row.id))}
                  className={buttonClass}
                >
                  Duplicate<span className="sr-only"> test case {r + 1}</span>
                </button>{" "}
                <button
                  type="button"
                  onClick={() => onTableChange(deleteTestCase(table, row.id))}
                  className={buttonClass}
                >
                  Delete<span className="sr-only"> test case {r + 1}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
