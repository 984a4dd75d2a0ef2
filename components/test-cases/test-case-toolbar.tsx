import type { TestCaseNotice } from "@/components/test-cases/test-case-message";
import { buttonClass } from "@/components/ui/field-styles";
import { FileButton } from "@/components/ui/file-button";
import { downloadText } from "@/lib/share/download";
import { addTestCase, importedTable } from "@/lib/test-cases/table-edits";
import { fromFile, toCsv, toJson } from "@/lib/test-cases/test-case-files";
import type { TestCaseTable } from "@/lib/test-cases/test-cases";

/** Above the table: a new row, and the table in and out as CSV or JSON. */
export function TestCaseToolbar({
  table,
  columns,
  onTableChange,
  onNotice,
}: {
  table: TestCaseTable;
  /** The variables the table has a column for, in order. */
  columns: readonly string[];
  onTableChange(table: TestCaseTable): void;
  onNotice(notice: TestCaseNotice): void;
}) {
  const empty = table.rows.length === 0;

  const importFile = async (file: File) => {
    const imported = fromFile(file.name, await file.text());
    if (!imported.ok) {
      onNotice({ tone: "error", text: `${file.name}: ${imported.error} Nothing was changed.` });
      return;
    }
    onTableChange(importedTable(imported.rows));
    const count = imported.rows.length;
    onNotice({
      tone: "info",
      text: `Imported ${count} test case${count === 1 ? "" : "s"} from ${file.name}.`,
    });
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => onTableChange(addTestCase(table, columns))}
        className={buttonClass}
      >
        Add test case
      </button>
      <FileButton
        accept=".csv,.json,text/csv,application/json"
        inputLabel="Test case file"
        className={buttonClass}
        onFile={(file) => void importFile(file)}
      >
        Import CSV or JSON
      </FileButton>
      <button
        type="button"
        disabled={empty}
        onClick={() => downloadText("test-cases.csv", "text/csv", toCsv(columns, table.rows))}
        className={buttonClass}
      >
        Export CSV
      </button>
      <button
        type="button"
        disabled={empty}
        onClick={() =>
          downloadText("test-cases.json", "application/json", toJson(columns, table.rows))
        }
        className={buttonClass}
      >
        Export JSON
      </button>
    </div>
  );
}
