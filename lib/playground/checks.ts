import type { PlaygroundRequest } from "@/lib/anthropic/request";

export interface RequestIssue {
  /** Where in the request, as a dotted path (`messages.1.content`, `thinking.budget_tokens`, `betas`). */
  path: string;
  message: string;
  /** Errors block Run; warnings are shown but do not. */
  severity: "error" | "warning";
}

/** Pre-send checks: what would make ZenMux refuse the request, or silently ignore part of it. */
export function checkRequest(request: PlaygroundRequest): RequestIssue[] {
  const issues: RequestIssue[] = [];
  if (!request.body.model?.trim())
    issues.push({ path: "model", message: "Choose a model.", severity: "error" });
  return issues;
}
