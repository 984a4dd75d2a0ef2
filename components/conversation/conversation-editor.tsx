"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { focusMessageField } from "@/components/conversation/focus-message";
import { buttonClass } from "@/components/ui/field-styles";
import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import {
  afterMove,
  afterRemove,
  type OpenMessages,
  within,
  withMessage,
} from "@/lib/request/open-messages";
import { useRequestPart, useRequestStore } from "@/lib/request/request-context";
import {
  addMessage,
  type EditableMessage,
  moveMessage,
  type Role,
  removeMessage,
} from "@/lib/request/request-edits";
import { FieldIssues } from "../request/field-issues";
import type { MessageEdits } from "./message-actions";
import { MessageCard } from "./message-card";
import { ThreadMessage } from "./thread-message";

/**
 * The conversation's messages. As a `thread`, earlier messages read as they would in a chat and
 * open as editors on demand; the last message, the one being written, stays an editor. Otherwise
 * (beside a comparison or the test cases) every message is an editor.
 */
export function ConversationEditor({
  issues,
  thread = false,
}: {
  issues: readonly RequestIssue[];
  thread?: boolean;
}) {
  // The messages, in the keystroke's frame: typing re-renders this list and the one card typed in.
  const messages = useRequestPart((request) => request.body.messages) as EditableMessage[];
  const setRequest = useRequestStore().set;
  const [open, setOpen] = useState<OpenMessages>(() => new Set());
  const count = messages.length;
  // Messages that arrive from elsewhere (a reply added, a run restored) close what was open: the
  // thread then reads as the conversation it has become.
  const addingHere = useRef(false);
  const before = useRef(count);
  useEffect(() => {
    const grew = count > before.current;
    before.current = count;
    if (grew && !addingHere.current) setOpen(new Set());
    else setOpen((current) => within(current, count));
    addingHere.current = false;
  }, [count]);

  const edits = useMemo<MessageEdits>(
    () => ({
      move: (index, delta) => {
        setRequest((r) => moveMessage(r, index, delta));
        setOpen((current) => afterMove(current, index, delta));
      },
      remove: (index) => {
        setRequest((r) => removeMessage(r, index));
        setOpen((current) => afterRemove(current, index));
      },
      edit: (index) => {
        setOpen((current) => withMessage(current, index, true));
        focusMessageField(index + 1);
      },
      done: (index) => setOpen((current) => withMessage(current, index, false)),
    }),
    [setRequest],
  );
  const add = (role: Role) => {
    addingHere.current = true;
    setRequest((r) => addMessage(r, role));
    // A message added here is being written: it stays an editor until Done.
    setOpen((current) => withMessage(current, count, true));
  };

  return (
    <div className="flex flex-col gap-2">
      <ol aria-label="Messages" className="flex flex-col gap-2">
        {messages.map((message, i) => {
          const last = i === count - 1;
          const props = {
            index: i,
            count,
            message,
            issues: issuesAt(issues, `messages.${i}`, true),
            edits,
          };
          return !thread || last || open.has(i) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no ids; position is identity.
            <MessageCard key={i} {...props} closable={thread && !last} />
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no ids; position is identity.
            <ThreadMessage key={i} {...props} />
          );
        })}
      </ol>
      <FieldIssues id="messages-issues" issues={issuesAt(issues, "messages")} />
      <div className="flex gap-1.5">
        <button type="button" onClick={() => add("user")} className={buttonClass}>
          + Add user message
        </button>
        <button type="button" onClick={() => add("assistant")} className={buttonClass}>
          + Add assistant message
        </button>
      </div>
    </div>
  );
}
