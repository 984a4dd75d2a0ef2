"use client";

import { memo, useId } from "react";
import type { RequestIssue } from "@/lib/checks/request-issue";
import type { EditableMessage } from "@/lib/request/request-edits";
import { FieldIssues, sameMessage } from "../request/field-issues";
import { MessageActions, type MessageEdits, textActionClass } from "./message-actions";
import { MessageView } from "./message-view";

/** An earlier message as the thread shows it: its role, its content rendered, an Edit action. */
export const ThreadMessage = memo(function ThreadMessage({
  index,
  count,
  message,
  issues,
  edits,
}: {
  index: number;
  count: number;
  message: EditableMessage;
  issues: readonly RequestIssue[];
  edits: MessageEdits;
}) {
  const n = index + 1;
  const issuesId = useId();
  const user = message.role === "user";
  return (
    <li
      aria-label={`Message ${n}`}
      className={`group/message flex flex-col gap-1.5 rounded-lg px-3 py-2 ${
        user ? "bg-zinc-50 dark:bg-zinc-900/60" : ""
      }`}
    >
      <div className="flex items-center gap-1.5">
        <span className="text-xs font-semibold text-fg-muted uppercase">
          {user ? "User" : "Assistant"}
        </span>
        <MessageActions index={index} count={count} edits={edits}>
          <button
            type="button"
            aria-label={`Edit message ${n}`}
            onClick={() => edits.edit(index)}
            className={textActionClass}
          >
            Edit
          </button>
        </MessageActions>
      </div>
      <MessageView message={message} n={n} />
      <FieldIssues id={issuesId} issues={issues} />
    </li>
  );
}, sameMessage);
