"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useEffect } from "react";
import { ResponsePanel } from "@/components/run/response-panel";
import { buttonClass } from "@/components/ui/field-styles";
import type { Recording } from "@/lib/run/recording";
import { useRun } from "@/lib/run/use-run";

/** A grid cell opened as its recording, in the usual four views (and replayable). */
export function CellRecordingDialog({
  title,
  recording,
  onClose,
}: {
  title: string;
  recording: Recording | null;
  onClose(): void;
}) {
  const run = useRun();
  const { show } = run;
  useEffect(() => {
    if (recording) show(recording, "test case");
  }, [recording, show]);
  return (
    <Dialog.Root open={recording !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-[4vh] left-1/2 z-50 flex h-[92vh] w-[min(56rem,94vw)] -translate-x-1/2 flex-col rounded-lg border border-border bg-surface-raised shadow-xl">
          <div className="flex items-center justify-between border-b border-border px-4 py-2">
            <div>
              <Dialog.Title className="text-base font-semibold">{title}</Dialog.Title>
              <Dialog.Description className="text-xs text-fg-muted">
                This cell's recording: what was sent and everything that came back.
              </Dialog.Description>
            </div>
            <Dialog.Close className={buttonClass}>Close</Dialog.Close>
          </div>
          <div className="flex min-h-0 flex-1 flex-col">
            <ResponsePanel run={run} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
