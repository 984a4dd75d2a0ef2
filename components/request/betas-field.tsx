"use client";

import { useId } from "react";
import { ChipInput } from "@/components/ui/chip-input";
import { UNSUPPORTED_BETAS } from "@/lib/anthropic/protocol";
import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import { useRequestPart, useRequestStore } from "@/lib/request/request-context";
import { addBeta, removeBeta } from "@/lib/request/request-edits";
import { FieldIssues } from "./field-issues";
import { KNOWN_BETAS } from "./known-betas";

/** Betas travel as the `anthropic-beta` header, so they live beside the body, not in it. */
export function BetasField({ issues }: { issues: readonly RequestIssue[] }) {
  const betas = useRequestPart((request) => request.betas);
  const setRequest = useRequestStore().set;
  const issuesId = useId();
  const own = issuesAt(issues, "betas");
  return (
    <div className="flex flex-col gap-1">
      <ChipInput
        label="Betas (anthropic-beta header)"
        itemName="beta"
        values={betas}
        suggestions={KNOWN_BETAS.filter((b) => !betas.includes(b))}
        placeholder="e.g. context-1m-2025-08-07"
        describedBy={own.length ? issuesId : undefined}
        onAdd={(value) => {
          const beta = value.trim();
          if (!beta) return "Type a beta name.";
          const refused = UNSUPPORTED_BETAS[beta];
          if (refused) return refused;
          if (!/^[a-z0-9-]+$/i.test(beta))
            return "A beta name has only letters, digits and dashes.";
          setRequest((r) => addBeta(r, beta));
          return null;
        }}
        onRemove={(i) => {
          const beta = betas[i];
          if (beta !== undefined) setRequest((r) => removeBeta(r, beta));
        }}
      />
      <FieldIssues id={issuesId} issues={own} />
    </div>
  );
}
