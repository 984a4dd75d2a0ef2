"use client";

import { useState } from "react";
import { LinkPopover } from "@/components/share/link-popover";
import { buttonClass } from "@/components/ui/field-styles";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { Comparison } from "@/lib/compare/compare";
import { type ComparisonLink, createComparisonLink } from "@/lib/compare/compare-link";
import type { Recording } from "@/lib/run/recording";

/** Copies a link carrying the whole comparison, and with "Include the answers" every column's. */
export function ComparisonShare({
  request,
  comparison,
  recordings,
}: {
  request: PlaygroundRequest;
  comparison: Comparison;
  recordings: readonly (Recording | null)[];
}) {
  const [link, setLink] = useState<ComparisonLink | null>(null);
  const [withAnswers, setWithAnswers] = useState(false);
  const hasAnswers = recordings.some(Boolean);

  const share = (answers: boolean) =>
    setLink(
      createComparisonLink(
        request,
        comparison,
        window.location.href,
        answers && hasAnswers ? recordings : undefined,
      ),
    );

  return (
    <LinkPopover
      trigger="Share comparison"
      triggerClassName={buttonClass}
      label="Comparison link"
      url={link?.url ?? null}
      onOpenChange={(open) => (open ? share(withAnswers) : setLink(null))}
      include={{
        label: "Include the answers",
        checked: withAnswers && hasAnswers,
        onChange: (checked) => {
          setWithAnswers(checked);
          share(checked);
        },
      }}
    >
      {link?.answers === "too-large" && (
        <p role="note" className="text-xs text-warn">
          The answers are too large for a link: this one carries the comparison only.
        </p>
      )}
      <p className="text-xs text-fg-muted">
        The link carries the shared request, every column's model and overrides
        {link?.answers === "included" ? ", and each answer as recorded" : ""}; never a key.
      </p>
    </LinkPopover>
  );
}
