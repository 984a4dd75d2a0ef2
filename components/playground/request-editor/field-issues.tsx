import type { RequestIssue } from "@/lib/playground/checks";

/** The check results for one field, with an id the field points at via aria-describedby. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly RequestIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="mt-1 flex flex-col gap-0.5">
      {issues.map((issue) => (
        <li
          key={`${issue.path}:${issue.message}`}
          className={`text-xs ${
            issue.severity === "error"
              ? "text-red-600 dark:text-red-400"
              : "text-amber-700 dark:text-amber-400"
          }`}
        >
          <span className="sr-only">{issue.severity === "error" ? "Error: " : "Warning: "}</span>
          <span aria-hidden="true">{issue.severity === "error" ? "✕ " : "⚠ "}</span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** aria props for a field with issues: described by them, invalid when one is an error. */
export function issueAria(id: string, issues: readonly RequestIssue[]) {
  return {
    "aria-describedby": issues.length ? id : undefined,
    "aria-invalid": issues.some((i) => i.severity === "error") ? true : undefined,
  } as const;
}
