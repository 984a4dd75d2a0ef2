"use client";

import * as Popover from "@radix-ui/react-popover";
import { useId, useState } from "react";
import { buttonClass } from "@/components/ui/field-styles";
import { Switch } from "@/components/ui/switch";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { Comparison } from "@/lib/playground/compare";
import { type ComparisonLink, createComparisonLink } from "@/lib/playground/compare-link";
import type { Recording } from "@/lib/playground/recording";

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
  const inputId = useId();
  const hasAnswers = recordings.some(Boolean);

  const share = (answers: boolean) => {
    const next = createComparisonLink(
      request,
      comparison,
      window.location.href,
      answers && hasAnswers ? recordings : undefined,
    );
    setLink(next);
    void navigator.clipboard?.writeText(next.url).catch(() => undefined);
  };

  return (
    <Popover.Root
      open={link !== null}
      onOpenChange={(open) => (open ? share(withAnswers) : setLink(null))}
    >
      <Popover.Trigger className={buttonClass}>Share comparison</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label="Comparison link"
          className="z-50 w-96 space-y-2 rounded-lg border border-border bg-surface-raised p-3 text-sm shadow-lg"
        >
          {link && (
            <>
              <label htmlFor={inputId} className="block font-medium">
                Comparison link
              </label>
              <input
                id={inputId}
                readOnly
                value={link.url}
                onFocus={(event) => event.currentTarget.select()}
                className="h-8 w-full rounded-md border border-border-strong bg-zinc-50 px-2 font-mono text-xs dark:bg-zinc-950"
              />
              <Switch
                size="sm"
                label="Include the answers"
                checked={withAnswers && hasAnswers}
                onCheckedChange={(checked) => {
                  setWithAnswers(checked);
                  share(checked);
                }}
              />
              {link.answers === "too-large" && (
                <p role="note" className="text-xs text-warn">
                  The answers are too large for a link: this one carries the comparison only.
                </p>
              )}
              <p className="text-xs text-fg-muted">
                The link carries the shared request, every column's model and overrides
                {link.answers === "included" ? ", and each answer as recorded" : ""}; never a key.
              </p>
            </>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
