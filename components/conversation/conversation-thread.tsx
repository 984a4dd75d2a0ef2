"use client";

import { memo } from "react";
import { useRequestIssues } from "@/lib/request/request-context";
import { MessagesEditor } from "./messages-editor";

/**
 * The conversation so far, read as a thread above the answer that continues it. Memoised: the
 * answer's panel re-renders as it streams, the thread does not.
 */
export const ConversationThread = memo(function ConversationThread() {
  const issues = useRequestIssues();
  return (
    <div className="border-b border-border p-3">
      <MessagesEditor issues={issues} thread />
    </div>
  );
});
