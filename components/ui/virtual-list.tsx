"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * A list that renders only the rows in view once it is long, inside its own scroll box. While
 * the user is at the bottom it follows new rows, like a log. Short lists render whole, so they
 * read, search and copy like any other text. Rows should be memoised by their caller, so that
 * appending renders only the new ones.
 */
export function VirtualList({
  count,
  renderRow,
  estimateSize,
  virtualizeOver = 400,
  as: List = "ol",
  label,
  className = "",
  scrollClassName = "max-h-[calc(100dvh-12rem)]",
  testId,
}: {
  count: number;
  renderRow: (index: number) => ReactNode;
  /** Rough row height in px, corrected by measuring rows as they render. */
  estimateSize: number;
  /** Lists up to this long render every row. */
  virtualizeOver?: number;
  as?: "ol" | "div";
  label?: string;
  className?: string;
  /** Sizes the scroll box the list sits in. */
  scrollClassName?: string;
  testId?: string;
}) {
  const Row = List === "ol" ? "li" : "div";
  const scrollRef = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const virtual = count > virtualizeOver;
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 10,
  });
  useEffect(() => {
    if (virtual && follow.current && count > 0)
      virtualizer.scrollToIndex(count - 1, { align: "end" });
  }, [virtual, count, virtualizer]);

  const rows = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      onScroll={(event) => {
        const box = event.currentTarget;
        follow.current = box.scrollHeight - box.scrollTop - box.clientHeight < 48;
      }}
      className={`overflow-auto ${scrollClassName}`}
    >
      {!virtual ? (
        <List aria-label={label} data-testid={testId} className={className}>
          {Array.from({ length: count }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows only grow at the end
            <Row key={i}>{renderRow(i)}</Row>
          ))}
        </List>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          <List
            aria-label={label}
            data-testid={testId}
            className={className}
            style={{
              position: "absolute",
              inset: "0 0 auto 0",
              transform: `translateY(${rows[0]?.start ?? 0}px)`,
            }}
          >
            {rows.map((row) => (
              <Row key={row.key} data-index={row.index} ref={virtualizer.measureElement}>
                {renderRow(row.index)}
              </Row>
            ))}
          </List>
        </div>
      )}
    </div>
  );
}
