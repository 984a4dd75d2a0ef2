"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { useRunShortcutLabel } from "@/components/ui/shortcut";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { Comparison } from "@/lib/compare/compare";
import { EXAMPLES, type ExampleId } from "@/lib/request/example-ids";
import { useRequestStore } from "@/lib/request/request-context";
import type { RunController } from "@/lib/run/use-run";

/** A reply already in the request, or several messages: the user is building a conversation. */
function holdsConversation({ body: { messages } }: PlaygroundRequest): boolean {
  return messages.length > 1 || messages.some((message) => message.role === "assistant");
}

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
  const inConversation = () => holdsConversation(store.get());
  const continuing = useSyncExternalStore(store.subscribe, inConversation, inConversation);
  const shortcut = useRunShortcutLabel().replace("↵", "Enter");
  const [failed, setFailed] = useState(false);
  const idPrefix = useId();
  // An example would replace the conversation under way: the pane only says what comes next.
  if (continuing) {
    return (
      <p className="px-6 py-10 text-center text-sm text-fg-muted">
        Run to continue the conversation · <kbd className="font-sans">{shortcut}</kbd>
      </p>
    );
  }
  const choose = (id: ExampleId) => {
    import("@/lib/request/examples").then(
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
          Each one loads into the request and runs. Or write your own and press Run ({shortcut}).
        </p>
      </div>
      <ul aria-label="Examples" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {offered.map(({ id, title, description }) => (
          <li key={id} className={id === "compare" ? "sm:col-span-2" : undefined}>
            <button
              type="button"
              onClick={() => choose(id)}
              aria-labelledby={idPrefix + id}
              aria-describedby={`${idPrefix + id}-d`}
              className="flex h-full w-full flex-col gap-0.5 rounded-lg border border-border bg-surface-raised px-3 py-2.5 text-left shadow-xs transition-colors hover:border-focus hover:bg-surface-hover"
            >
              <span id={idPrefix + id} className="font-medium text-fg">
                {title}
              </span>
              <span id={`${idPrefix + id}-d`} className="text-xs">
                {description}
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
        Events, Raw and Metrics show the stream, its exact bytes, timing and cost.
      </p>
    </div>
  );
}
