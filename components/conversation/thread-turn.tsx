"use client";

import { memo, useId } from "react";
import type { RequestIssue } from "@/lib/checks/request-issue";
import type { EditableMessage } from "@/lib/request/request-edits";
import { FieldIssues, sameTurn } from "../request/field-issues";
import { MessageActions, type TurnEdits, textActionClass } from "./message-actions";
import { TurnView } from "./turn-view";

/** An earlier turn, read as a conversation: its role, its content rendered, and an Edit action. */
export const ThreadTurn = memo(function ThreadTurn({
  index,
  count,
  message,
  issues,
  turns,
}: {
  index: number;
  count: number;
  message: EditableMessage;
  issues: readonly RequestIssue[];
  turns: TurnEdits;
}) {
  const n = index + 1;
  const issuesId = useId();
  const user = message.role === "user";
  return (
    <li
      aria-label={`Message ${n}`}
      className={`group/turn flex flex-col gap-1.5 rounded-lg px-3 py-2 ${
        user ? "bg-zinc-50 dark:bg-zinc-900/60" : ""
      }`}
    >
      <div className="flex items-center gap-1.5">
        <span className="text-xs font-semibold text-fg-muted uppercase">
          {user ? "User" : "Assistant"}
        </span>
        <MessageActions index={index} count={count} turns={turns}>
          <button
            type="button"
            aria-label={`Edit message ${n}`}
            onClick={() => turns.edit(index)}
            className={textActionClass}
          >
            Edit
          </button>
        </MessageActions>
      </div>
      <TurnView message={message} n={n} />
      <FieldIssues id={issuesId} issues={issues} />
    </li>
  );
}, sameTurn);
