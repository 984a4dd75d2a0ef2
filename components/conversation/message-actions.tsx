"use client";

import type { ReactNode } from "react";
import { iconButtonClass } from "@/components/ui/field-styles";

/**
 * A message's actions stay out of the way: shown while the message is hovered or holds the focus,
 * and always where there is no hover (touch) or no room (narrow screens). Put `group/message` on
 * the message.
 */
export const quietClass =
  "transition-opacity lg:pointer-fine:opacity-0 lg:pointer-fine:group-hover/message:opacity-100 lg:pointer-fine:group-focus-within/message:opacity-100";

/** What a message's actions do to the conversation, and to which messages are open for editing. */
export interface MessageEdits {
  move(index: number, delta: -1 | 1): void;
  remove(index: number): void;
  edit(index: number): void;
  done(index: number): void;
}

/** Move up, move down and remove, after any actions of the message's own. */
export function MessageActions({
  index,
  count,
  edits,
  children,
}: {
  index: number;
  count: number;
  edits: MessageEdits;
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
        onClick={() => edits.move(index, -1)}
        className={iconButtonClass}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Move message ${n} down`}
        disabled={index === count - 1}
        onClick={() => edits.move(index, 1)}
        className={iconButtonClass}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={`Remove message ${n}`}
        onClick={() => edits.remove(index)}
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
