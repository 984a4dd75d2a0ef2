"use client";

import { useEffect, useId, useState } from "react";
import { inputClass, labelClass } from "@/components/ui/field-styles";
import type { RequestIssue } from "@/lib/checks/request-issue";
import { FieldIssues, issueAria } from "./field-issues";

/**
 * A number bound to a body field. An empty box means "unset" (the field leaves the body) unless
 * `required`; text that is not a number stays in the box without touching the request.
 */
export function NumberField({
  label,
  value,
  onChange,
  issues,
  min,
  max,
  step,
  required = false,
  placeholder,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  issues: readonly RequestIssue[];
  min?: number;
  max?: number;
  step?: number | "any";
  required?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const issuesId = useId();
  const [text, setText] = useState(value === undefined ? "" : String(value));

  // Follow the request when it changes elsewhere (raw JSON, import), not while it agrees.
  useEffect(() => {
    setText((current) => {
      const shown = current.trim() === "" ? undefined : Number(current);
      return shown === value ? current : value === undefined ? "" : String(value);
    });
  }, [value]);

  const missing = required && text.trim() === "";
  const shownIssues: RequestIssue[] = missing
    ? [{ path: "", message: `${label} is required.`, severity: "error" }]
    : [...issues];

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder ?? (required ? undefined : "Unset")}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === "") {
            if (!required) onChange(undefined);
            return;
          }
          const parsed = Number(next);
          if (Number.isFinite(parsed)) onChange(parsed);
        }}
        {...issueAria(issuesId, shownIssues)}
        className={`${inputClass} tabular-nums`}
      />
      <FieldIssues id={issuesId} issues={shownIssues} />
    </div>
  );
}
