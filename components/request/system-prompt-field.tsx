"use client";

import { useId } from "react";
import { inputClass, labelClass } from "@/components/ui/field-styles";
import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import { useRequestPart, useRequestStore } from "@/lib/request/request-context";
import { setSystemBlockText, setSystemText } from "@/lib/request/request-edits";
import { SystemCacheControl } from "./cache-control.lazy";
import { FieldIssues, issueAria } from "./field-issues";

/**
 * `system` as a string, or, when raw JSON made it an array of text blocks, one box per block so
 * `cache_control` and the block structure survive editing.
 */
export function SystemPromptField({ issues }: { issues: readonly RequestIssue[] }) {
  const system = useRequestPart((request) => request.body.system);
  const setRequest = useRequestStore().set;
  const id = useId();
  const issuesId = useId();
  const own = issuesAt(issues, "system", true);

  if (Array.isArray(system)) {
    return (
      <fieldset className="flex flex-col gap-1">
        <legend className={labelClass}>System prompt</legend>
        <p className="text-xs text-fg-subtle">
          The system prompt is a list of text blocks ({system.length}); edit their text and cache
          here, and their other fields in JSON.
        </p>
        {system.map((block, i) => (
          // Blocks have no ids; their order is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={i} className="flex items-start gap-1">
            <textarea
              aria-label={`System prompt block ${i + 1}`}
              value={block.text}
              rows={2}
              onChange={(e) => setRequest((r) => setSystemBlockText(r, i, e.target.value))}
              className={`${inputClass} resize-y`}
            />
            <SystemCacheControl part={block} index={i} />
          </div>
        ))}
        <FieldIssues id={issuesId} issues={own} />
      </fieldset>
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className={labelClass}>
          System prompt
        </label>
        {typeof system === "string" && <SystemCacheControl part={system} index={0} />}
      </div>
      <textarea
        id={id}
        value={typeof system === "string" ? system : ""}
        rows={2}
        placeholder="You are a helpful assistant."
        onChange={(e) => setRequest((r) => setSystemText(r, e.target.value))}
        {...issueAria(issuesId, own)}
        className={`${inputClass} field-sizing-content max-h-60 min-h-14 resize-y`}
      />
      <FieldIssues id={issuesId} issues={own} />
    </div>
  );
}
