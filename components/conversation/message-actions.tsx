"use client";

import type { ReactNode } from "react";
import { iconButtonClass } from "@/components/ui/field-styles";

/**
 * A turn's actions stay out of the way: shown while the turn is hovered or holds the focus, and
 * always where there is no hover (touch) or no room (narrow screens). Put `group/turn` on the turn.
 */
export const quietClass =
  "transition-opacity lg:pointer-fine:opacity-0 lg:pointer-fine:group-hover/turn:opacity-100 lg:pointer-fine:group-focus-within/turn:opacity-100";

/** What a turn's actions do to the conversation, and to which turns are open for editing. */
export interface TurnEdits {
  move(index: number, delta: -1 | 1): void;
  remove(index: number): void;
  edit(index: number): void;
  done(index: number): void;
}

/** Move up, move down and remove, after any actions of the turn's own. */
export function MessageActions({
  index,
  count,
  turns,
  children,
}: {
  index: number;
  count: number;
  turns: TurnEdits;
  children?: ReactNode;
}) {
  const n = index + 1;
  return (
    <span className={`ml-auto flex items-center gap-0.5 ${quietClass}`}>
      {children}
      <button
        type="button"
        aria-label={`Move message ${n} up`}
        disabled={index === 0}
        onClick={() => turns.move(index, -1)}
        className={iconButtonClass}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Move message ${n} down`}
        disabled={index === count - 1}
        onClick={() => turns.move(index, 1)}
        className={iconButtonClass}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={`Remove message ${n}`}
        onClick={() => turns.remove(index)}
        className={iconButtonClass}
      >
        ×
      </button>
    </span>
  );
}

/** A small text action beside the icons: Edit, Done. */
export const textActionClass =
  "inline-flex h-6 items-center rounded px-1.5 text-xs font-medium text-fg-muted hover:bg-surface-muted hover:text-fg";
