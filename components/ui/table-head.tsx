import type { ReactNode } from "react";

export interface HeadCell {
  key: string;
  label: ReactNode;
  /** Classes of this heading only (width, alignment), after the row's `cellClassName`. */
  className?: string;
}

/**
 * A data table's one row of column headings. `sticky` keeps it in view while the rows scroll
 * under it, on the surface colour so they do not show through.
 */
export function TableHead({
  cells,
  sticky = false,
  className = "",
  cellClassName = "",
}: {
  cells: readonly HeadCell[];
  sticky?: boolean;
  /** The headings' tone and size. */
  className?: string;
  cellClassName?: string;
}) {
  return (
    <thead className={`${sticky ? "sticky top-0 bg-surface " : ""}text-left ${className}`}>
      <tr>
        {cells.map((cell) => (
          <th key={cell.key} scope="col" className={`${cellClassName} ${cell.className ?? ""}`}>
            {cell.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
