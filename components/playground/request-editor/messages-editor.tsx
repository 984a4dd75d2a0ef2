"use client";

import { usePlaygroundRequest } from "@/components/playground/request-context";
import { buttonClass } from "@/components/ui/field-styles";
import { issuesAt, type RequestIssue } from "@/lib/playground/checks";
import { addMessage, type EditableMessage } from "@/lib/playground/request-edits";
import { FieldIssues } from "./field-issues";
import { MessageCard } from "./message-card";

export function MessagesEditor({ issues }: { issues: readonly RequestIssue[] }) {
  const [request, setRequest] = usePlaygroundRequest();
  const messages = request.body.messages as EditableMessage[];
  return (
    <div className="flex flex-col gap-2">
      <ol aria-label="Messages" className="flex flex-col gap-2">
        {messages.map((message, i) => (
          <MessageCard
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no ids; position is identity.
            key={i}
            index={i}
            count={messages.length}
            message={message}
            issues={issuesAt(issues, `messages.${i}`, true)}
          />
        ))}
      </ol>
      <FieldIssues id="messages-issues" issues={issuesAt(issues, "messages")} />
      <div className="flex gap-1.5">
        <button
          type="button"
          onClick={() => setRequest((r) => addMessage(r, "user"))}
          className={buttonClass}
        >
          + Add user message
        </button>
        <button
          type="button"
          onClick={() => setRequest((r) => addMessage(r, "assistant"))}
          className={buttonClass}
        >
          + Add assistant message
        </button>
      </div>
    </div>
  );
}
