"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { memo, useCallback, useState } from "react";
import { CollapsibleSection } from "@/components/ui/collapsible-section";
import type { MessagesBody } from "@/lib/anthropic/request";
import type { RequestIssue } from "@/lib/checks/request-issue";
import {
  useDeferredRequest,
  usePlaygroundRequest,
  useRequestIssues,
} from "@/lib/request/request-context";
import { replaceBody } from "@/lib/request/request-edits";
import { ConversationEditor } from "../conversation/conversation-editor";
import { BetasField } from "./betas-field";
import { OtherFields } from "./other-fields";
import { ParametersSection } from "./parameters-section";
import { RawJsonEditor } from "./raw-json-editor.lazy";
import { SystemPromptField } from "./system-prompt-field";
import { ToolsSection } from "./tools-section";
import type { HeldJsonDraft } from "./use-held-json-draft";
import { draftIsStale, useHeldJsonDraft } from "./use-held-json-draft";

const tabClass =
  "rounded px-2 py-0.5 text-xs font-medium text-fg-muted hover:text-fg data-[state=active]:bg-white data-[state=active]:text-fg data-[state=active]:shadow-sm dark:data-[state=active]:bg-zinc-700";

/**
 * The request editor: the same request as a form or as raw JSON. Without `messages`, the form
 * leaves the messages to the thread beside it and holds the rest: system, parameters, tools.
 * Memoised: it reads the request from its store, so a streaming answer passes it by. Its
 * summaries and checks follow typing (a transition); each field takes its own part of the request.
 */
export const RequestEditor = memo(function RequestEditor({
  messages = true,
}: {
  messages?: boolean;
}) {
  const request = useDeferredRequest();
  const [view, setView] = useState("form");
  const issues = useRequestIssues();
  const jsonDraft = useHeldJsonDraft();
  const body = request.body;
  const toolCount = body.tools?.length ?? 0;
  const paramSummary = [
    `max ${body.max_tokens}`,
    body.temperature !== undefined && `temp ${body.temperature}`,
    body.stream ? "stream" : "no stream",
    body.thinking?.type === "enabled" && "thinking",
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <Tabs.Root value={view} onValueChange={setView} className="flex min-h-full flex-col">
      <div className="sticky top-0 z-10 flex items-center gap-2 border-b border-border bg-surface/95 px-3 py-1.5 backdrop-blur">
        <Tabs.List
          aria-label="Request view"
          className="inline-flex rounded-md bg-surface-muted p-0.5"
        >
          <Tabs.Trigger value="form" className={tabClass}>
            Form
          </Tabs.Trigger>
          <Tabs.Trigger
            value="json"
            className={tabClass}
            onPointerEnter={() => void RawJsonEditor.preload()}
            onFocus={() => void RawJsonEditor.preload()}
          >
            JSON
          </Tabs.Trigger>
        </Tabs.List>
        {draftIsStale(jsonDraft) && (
          <span className="text-xs text-red-600 dark:text-red-400">
            The JSON has an error; the form shows the last valid request.
          </span>
        )}
      </div>
      <Tabs.Content value="form" className="flex flex-col">
        <div className="border-b border-border p-3">
          <SystemPromptField issues={issues} />
        </div>
        {messages && (
          <CollapsibleSection title="Messages" summary={body.messages.length}>
            <ConversationEditor issues={issues} />
          </CollapsibleSection>
        )}
        <CollapsibleSection title="Parameters" summary={paramSummary}>
          <ParametersSection issues={issues} />
        </CollapsibleSection>
        <CollapsibleSection title="Tools" summary={toolCount || "none"} defaultOpen={toolCount > 0}>
          <ToolsSection issues={issues} />
        </CollapsibleSection>
        <CollapsibleSection
          title="Betas"
          summary={request.betas.length || "none"}
          defaultOpen={request.betas.length > 0}
        >
          <BetasField issues={issues} />
        </CollapsibleSection>
        <OtherFields issues={issues} />
      </Tabs.Content>
      <Tabs.Content value="json" className="flex flex-1 flex-col">
        <JsonView held={jsonDraft} issues={issues} />
      </Tabs.Content>
    </Tabs.Root>
  );
});

/** The JSON tab, mounted only while open: it is typed in, so it holds the request as it is now. */
function JsonView({ held, issues }: { held: HeldJsonDraft; issues: readonly RequestIssue[] }) {
  const [request, setRequest] = usePlaygroundRequest();
  const onValid = useCallback(
    (body: MessagesBody) => setRequest((r) => replaceBody(r, body)),
    [setRequest],
  );
  return (
    <RawJsonEditor
      body={request.body}
      onValid={onValid}
      held={held}
      betas={request.betas}
      issues={issues}
    />
  );
}
