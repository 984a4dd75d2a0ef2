"use client";

import { useMemo } from "react";
import { usePlaygroundRequest } from "@/components/playground/request-context";
import { checkRequest } from "@/lib/playground/checks";
import { MessagesEditor } from "./messages-editor";

/** The conversation so far, read as a thread above the answer that continues it. */
export function ConversationThread() {
  const [request] = usePlaygroundRequest();
  const issues = useMemo(() => checkRequest(request), [request]);
  return (
    <div className="border-b border-border p-3">
      <MessagesEditor issues={issues} thread />
    </div>
  );
}
