"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { Change } from "diff";
import { useEffect, useId, useState } from "react";
import { buttonClass, inputClass, labelClass } from "@/components/ui/field-styles";
import { messageText } from "@/lib/anthropic/stream-accumulator";
import type { RunController } from "@/lib/run/use-run";

type By = "word" | "line";

/** Two columns' answers, diffed by word or by line with the `diff` library (loaded on open). */
export function AnswerDiff({
  names,
  runs,
}: {
  names: readonly string[];
  runs: readonly (RunController | undefined)[];
}) {
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(1);
  const [by, setBy] = useState<By>("word");
  const [changes, setChanges] = useState<Change[] | null>(null);
  const ids = { left: useId(), right: useId(), by: useId() };
  const text = (i: number) => {
    const message = runs[i]?.state.message;
    return message ? messageText(message) : "";
  };
  const a = text(left);
  const b = text(right);

  useEffect(() => {
    if (!open) return;
    let current = true;
    void import("diff").then((diff) => {
      if (current) setChanges(by === "word" ? diff.diffWordsWithSpace(a, b) : diff.diffLines(a, b));
    });
    return () => {
      current = false;
    };
  }, [open, a, b, by]);

  const select = (id: string, value: number, set: (n: number) => void, label: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => set(Number(event.target.value))}
        className={inputClass}
      >
        {names.map((name, i) => (
          <option key={name} value={i}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={buttonClass}>Diff answers</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-[5vh] left-1/2 z-50 flex max-h-[90vh] w-[min(60rem,94vw)] -translate-x-1/2 flex-col gap-3 rounded-lg border border-border bg-surface-raised p-4 shadow-xl">
          <div className="flex items-start justify-between">
            <div>
              <Dialog.Title className="text-base font-semibold">Diff two answers</Dialog.Title>
              <Dialog.Description className="text-xs text-fg-muted">
                Removed from the first in red, added by the second in green.
              </Dialog.Description>
            </div>
            <Dialog.Close className={buttonClass}>Close</Dialog.Close>
          </div>
          <div className="grid grid-cols-3 gap-3">
            {select(ids.left, left, setLeft, "First column")}
            {select(ids.right, right, setRight, "Second column")}
            <fieldset className="flex flex-col gap-1">
              <legend className={labelClass}>Compare by</legend>
              <div className="flex gap-3 pt-1 text-sm">
                {(["word", "line"] as const).map((option) => (
                  <label key={option} className="inline-flex items-center gap-1">
                    <input
                      type="radio"
                      name={ids.by}
                      checked={by === option}
                      onChange={() => setBy(option)}
                    />
                    By {option}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
          {!a && !b ? (
            <p className="text-sm text-fg-muted">
              Neither column has an answer yet: run them first.
            </p>
          ) : (
            <section aria-label="Answer diff" className="min-h-0 flex-1 overflow-auto">
              <pre className="rounded-md border border-border bg-zinc-50 p-3 font-sans text-sm whitespace-pre-wrap dark:bg-zinc-950">
                {keyed(changes ?? []).map(({ key, change }) =>
                  change.added ? (
                    <ins
                      key={key}
                      className="bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-900/60 dark:text-emerald-50"
                    >
                      {change.value}
                    </ins>
                  ) : change.removed ? (
                    <del
                      key={key}
                      className="bg-red-100 text-red-950 dark:bg-red-900/60 dark:text-red-50"
                    >
                      {change.value}
                    </del>
                  ) : (
                    <span key={key}>{change.value}</span>
                  ),
                )}
              </pre>
            </section>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Each part keyed by where it starts in its text, which a diff never repeats for one side. */
function keyed(changes: readonly Change[]): { key: string; change: Change }[] {
  let left = 0;
  let right = 0;
  return changes.map((change) => {
    const key = `${left}:${right}:${change.added ? "+" : change.removed ? "-" : "="}`;
    if (!change.added) left += change.value.length;
    if (!change.removed) right += change.value.length;
    return { key, change };
  });
}
