import type { RequestIssue } from "@/lib/checks/request-issue";

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

function sameIssues(a: readonly RequestIssue[], b: readonly RequestIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.path === b[i]?.path && x.message === b[i]?.message && x.severity === b[i]?.severity,
    )
  );
}

/**
 * A message of the conversation (card or thread entry) renders the same: its list re-renders on
 * every keystroke, and each message's issues are a new (filtered) list each time, equal or not.
 */
export function sameMessage(a: MessageProps, b: MessageProps): boolean {
  return (
    a.message === b.message &&
    a.index === b.index &&
    a.count === b.count &&
    a.edits === b.edits &&
    sameIssues(a.issues, b.issues)
  );
}

interface MessageProps {
  index: number;
  count: number;
  message: unknown;
  issues: readonly RequestIssue[];
  edits: unknown;
}

/** aria props for a field with issues: described by them, invalid when one is an error. */
export function issueAria(id: string, issues: readonly RequestIssue[]) {
  return {
    "aria-describedby": issues.length ? id : undefined,
    "aria-invalid": issues.some((i) => i.severity === "error") ? true : undefined,
  } as const;
}
