"use client";

import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import { useDeferredRequest } from "@/lib/request/request-context";
import { FieldIssues } from "./field-issues";

/** Body fields that have a control in the form; everything else is listed as JSON-only. */
const FORM_FIELDS = new Set([
  "model",
  "max_tokens",
  "messages",
  "system",
  "temperature",
  "top_p",
  "top_k",
  "stop_sequences",
  "stream",
  "thinking",
  "tools",
  "tool_choice",
]);

/**
 * Fields the form cannot edit (they came in via raw JSON or an import): shown so they are not a
 * surprise in the request, with ZenMux's caveats (metadata, service_tier) beside them.
 */
export function OtherFields({ issues }: { issues: readonly RequestIssue[] }) {
  const request = useDeferredRequest();
  const body = request.body as unknown as Record<string, unknown>;
  const extra = Object.keys(body).filter((key) => !FORM_FIELDS.has(key));
  // A disabled thinking object has no switch state of its own; show it rather than hide it.
  if (body.thinking && (body.thinking as { type?: unknown }).type !== "enabled")
    extra.push("thinking");
  if (extra.length === 0) return null;
  return (
    <section aria-label="Other fields" className="border-b border-border px-3 py-2">
      <h2 className="text-xs font-semibold tracking-wide text-fg-secondary uppercase">
        Other fields{" "}
        <span className="font-normal normal-case tracking-normal text-fg-subtle">
          (edit in JSON)
        </span>
      </h2>
      <ul className="mt-1 flex flex-col gap-1">
        {extra.map((key) => (
          <li key={key} className="text-xs">
            <code className="font-mono text-fg-soft">{key}</code>
            <span className="ml-2 font-mono text-fg-subtle">
              {JSON.stringify(body[key])?.slice(0, 80)}
            </span>
            <FieldIssues id={`other-${key}-issues`} issues={issuesAt(issues, key)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
