"use client";

import { memo } from "react";
import { useRequestIssues } from "@/lib/request/request-context";
import { ConversationEditor } from "./conversation-editor";

/**
 * The conversation so far, read as a thread above the answer that continues it. Memoised: the
 * answer's panel re-renders as it streams, the thread does not.
 *
 * Vocabulary: a *message* is one entry of the request's `messages`, the *conversation* is that
 * list, and the *thread* is only this way of showing it, earlier messages rendered as in a chat
 * (thread-message.tsx), each opening as an editor on demand (message-card.tsx).
 */
export const ConversationThread = memo(function ConversationThread() {
  const issues = useRequestIssues();
  return (
    <div className="border-b border-border p-3">
      <ConversationEditor issues={issues} thread />
    </div>
  );
});
