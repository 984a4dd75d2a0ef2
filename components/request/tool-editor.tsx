"use client";

import type { Tool } from "@anthropic-ai/sdk/resources/messages/messages";
import { useEffect, useId, useState } from "react";
import { iconButtonClass, inputClass, labelClass } from "@/components/ui/field-styles";
import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import { jsonErrorPosition } from "@/lib/request/json-position";
import { PartCacheControl } from "./cache-control.lazy";
import { FieldIssues, issueAria } from "./field-issues";

function schemaText(schema: unknown): string {
  return JSON.stringify(schema ?? { type: "object", properties: {} }, null, 2);
}

/** Parses a schema draft; a parse error names its line and column. */
function parseSchema(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = jsonErrorPosition(text, message);
    return {
      ok: false,
      error: `Invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ""}: ${message.replace(/\s*(in JSON )?at position.*$/, "")}`,
    };
  }
}

/** One custom tool: name, description and its input schema as live-validated JSON. */
export function ToolEditor({
  index,
  tool,
  issues,
  onChange,
  onRemove,
}: {
  index: number;
  tool: Tool;
  issues: readonly RequestIssue[];
  onChange: (tool: Tool) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const nameIssuesId = useId();
  const schemaIssuesId = useId();
  const [draft, setDraft] = useState(() => schemaText(tool.input_schema));
  const [parseError, setParseError] = useState<string | null>(null);

  // Follow the request when the schema changes elsewhere, but never over an unparsed draft.
  useEffect(() => {
    setDraft((current) => {
      const parsed = parseSchema(current);
      if (!parsed.ok) return current;
      return JSON.stringify(parsed.value) === JSON.stringify(tool.input_schema)
        ? current
        : schemaText(tool.input_schema);
    });
  }, [tool.input_schema]);

  const nameIssues = issuesAt(issues, `tools.${index}.name`);
  const schemaIssues: RequestIssue[] = parseError
    ? [{ path: `tools.${index}.input_schema`, message: parseError, severity: "error" }]
    : issuesAt(issues, `tools.${index}.input_schema`);

  return (
    <li
      aria-label={`Tool ${n}`}
      className="flex flex-col gap-1.5 rounded-lg border border-border p-2"
    >
      <div className="flex items-end gap-2">
        <div className="flex flex-1 flex-col gap-1">
          <label className={labelClass} htmlFor={`${nameIssuesId}-input`}>
            Tool {n} name
          </label>
          <input
            id={`${nameIssuesId}-input`}
            value={tool.name}
            onChange={(e) => onChange({ ...tool, name: e.target.value })}
            {...issueAria(nameIssuesId, nameIssues)}
            className={`${inputClass} font-mono`}
          />
        </div>
        <span className="mb-1">
          <PartCacheControl part={tool} label={`Cache breakpoint: tool ${n}`} onChange={onChange} />
        </span>
        <button
          type="button"
          aria-label={`Remove tool ${n}`}
          onClick={onRemove}
          className={`${iconButtonClass} mb-1`}
        >
          ×
        </button>
      </div>
      <FieldIssues id={nameIssuesId} issues={nameIssues} />
      <label className="flex flex-col gap-1">
        <span className={labelClass}>Tool {n} description</span>
        <textarea
          value={tool.description ?? ""}
          rows={1}
          onChange={(e) => {
            const { description: _, ...rest } = tool;
            onChange(e.target.value ? { ...rest, description: e.target.value } : rest);
          }}
          className={`${inputClass} field-sizing-content resize-y`}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className={labelClass}>Tool {n} input schema (JSON)</span>
        <textarea
          value={draft}
          spellCheck={false}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            const parsed = parseSchema(text);
            setParseError(parsed.ok ? null : parsed.error);
            // A parsed schema goes to the request even when it is not an object schema: the
            // check explains the problem, and nothing typed is lost.
            if (parsed.ok)
              onChange({ ...tool, input_schema: parsed.value as Tool["input_schema"] });
          }}
          {...issueAria(schemaIssuesId, schemaIssues)}
          className={`${inputClass} field-sizing-content max-h-72 min-h-20 resize-y font-mono text-xs`}
        />
      </label>
      <FieldIssues id={schemaIssuesId} issues={schemaIssues} />
    </li>
  );
}
