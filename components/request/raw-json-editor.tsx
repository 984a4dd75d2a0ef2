"use client";

import { useId } from "react";
import { buttonClass } from "@/components/ui/field-styles";
import { Notice } from "@/components/ui/notice";
import type { MessagesBody } from "@/lib/anthropic/request";
import type { RequestIssue } from "@/lib/checks/request-issue";
import { FieldIssues } from "./field-issues";
import type { HeldJsonDraft } from "./use-held-json-draft";
import { useJsonDraft } from "./use-json-draft";

/** The whole request body as editable JSON; betas are shown as the header they become. */
export function RawJsonEditor({
  body,
  onValid,
  held,
  betas,
  issues,
}: {
  body: MessagesBody;
  onValid: (body: MessagesBody) => void;
  held: HeldJsonDraft;
  betas: readonly string[];
  issues: readonly RequestIssue[];
}) {
  const draft = useJsonDraft(body, onValid, held);
  const problemId = useId();
  const issuesId = useId();
  const { problem } = draft;
  return (
    <div className="flex h-full flex-col gap-2 p-3">
      <p className="text-xs text-fg-subtle">
        The request body. Betas go in the <code className="font-mono">anthropic-beta</code> header
        and are set in the form:{" "}
        <code data-testid="json-betas" className="font-mono text-fg-soft">
          {betas.length ? betas.join(",") : "(none)"}
        </code>
      </p>
      <textarea
        aria-label="Request body JSON"
        value={draft.text}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        onChange={(e) => draft.edit(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={
          [problem ? problemId : "", issues.length ? issuesId : ""].join(" ").trim() || undefined
        }
        className="min-h-96 w-full flex-1 resize-none rounded-md border border-border-strong bg-surface-sunken p-2 font-mono text-xs leading-5 text-fg aria-[invalid=true]:border-red-500"
      />
      {problem && (
        <Notice
          tone="danger"
          id={problemId}
          role="alert"
          className="flex items-start gap-2 text-xs"
        >
          <p className="flex-1">
            {problem.line !== undefined && (
              <strong>
                Line {problem.line}, column {problem.column}:{" "}
              </strong>
            )}
            {problem.message} The request keeps its last valid version until this parses.
          </p>
          <button type="button" className={buttonClass} onClick={draft.discard}>
            Discard edits
          </button>
        </Notice>
      )}
      <FieldIssues id={issuesId} issues={issues} />
    </div>
  );
}
