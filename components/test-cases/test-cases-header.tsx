import { buttonClass } from "@/components/ui/field-styles";

/** The workspace's title bar: how big the grid is (rows × columns), and the way out. */
export function TestCasesHeader({
  rows,
  columns,
  onClose,
}: {
  rows: number;
  columns: number;
  onClose(): void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-border px-3 py-2">
      <h2 className="text-sm font-semibold">Test cases</h2>
      <span className="text-xs text-fg-muted">
        {rows} × {columns} {columns === 1 ? "model" : "columns"}
      </span>
      <button type="button" onClick={onClose} className={`${buttonClass} ml-auto`}>
        Close test cases
      </button>
    </div>
  );
}
