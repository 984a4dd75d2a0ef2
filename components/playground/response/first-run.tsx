"use client";

import { useId, useState } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { useRunShortcutLabel } from "@/components/ui/shortcut";
import type { Comparison } from "@/lib/playground/compare";
import { EXAMPLES, type ExampleId } from "@/lib/playground/example-ids";
import type { RunController } from "@/lib/playground/use-run";

/**
 * What a new user sees before the first run: examples to click, each showing off one thing. A
 * click loads the example into the request and runs it (a comparison opens, ready for Run all).
 */
export function FirstRun({
  run,
  onCompare,
}: {
  run: RunController;
  /** Opens the comparison workspace; without it the comparison example is not offered. */
  onCompare?(comparison: Comparison): void;
}) {
  const store = useRequestStore();
  const shortcut = useRunShortcutLabel().replace("↵", "Enter");
  const [failed, setFailed] = useState(false);
  const idPrefix = useId();
  const choose = (id: ExampleId) => {
    import("@/lib/playground/examples").then(
      ({ example }) => {
        const chosen = example(id);
        store.set(chosen.request);
        if (chosen.comparison) onCompare?.(chosen.comparison);
        else run.start(chosen.request);
      },
      () => setFailed(true),
    );
  };
  const offered = EXAMPLES.filter((item) => item.id !== "compare" || onCompare);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5 px-6 py-10 text-sm text-fg-muted">
      <div>
        <h2 className="text-base font-semibold text-fg">Start with an example</h2>
        <p className="mt-1">
          It loads into the request and runs, so you can see the answer stream in. Or write your own
          message and press Run ({shortcut}).
        </p>
      </div>
      <ul aria-label="Examples" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {offered.map((item) => (
          <li key={item.id} className={item.id === "compare" ? "sm:col-span-2" : undefined}>
            <button
              type="button"
              onClick={() => choose(item.id)}
              aria-labelledby={`${idPrefix}-${item.id}-title`}
              aria-describedby={`${idPrefix}-${item.id}-description`}
              className="flex h-full w-full flex-col gap-0.5 rounded-lg border border-border bg-surface-raised px-3 py-2.5 text-left shadow-xs transition-colors hover:border-focus hover:bg-surface-hover"
            >
              <span id={`${idPrefix}-${item.id}-title`} className="font-medium text-fg">
                {item.title}
              </span>
              <span id={`${idPrefix}-${item.id}-description`} className="text-xs">
                {item.description}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" className="text-danger">
          The example could not load: check the connection and try again.
        </p>
      )}
      <p className="border-t border-border pt-3 text-xs">
        Then read the stream in <strong className="font-medium">Events</strong>, the exact bytes in{" "}
        <strong className="font-medium">Raw</strong>, timing and cost in{" "}
        <strong className="font-medium">Metrics</strong>. The code panel sends the same request.
      </p>
    </div>
  );
}
