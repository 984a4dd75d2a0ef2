/** What a check says about a request, and where; checks.ts and document-checks.ts both say it. */
export interface RequestIssue {
  /** Where in the request, as a dotted path (`messages.1.content`, `thinking.budget_tokens`, `betas`). */
  path: string;
  message: string;
  /** Errors block Run; warnings are shown but do not. */
  severity: "error" | "warning";
}

/** Issues for one field: the exact path, or (with `nested`) anything below it. */
export function issuesAt(issues: readonly RequestIssue[], path: string, nested = false) {
  return issues.filter((i) => i.path === path || (nested && i.path.startsWith(`${path}.`)));
}
