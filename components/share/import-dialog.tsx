"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { ModelFix } from "@/components/model-picker/model-fix";
import { buttonClass, inputClass, primaryButtonClass } from "@/components/ui/field-styles";
import { Notice } from "@/components/ui/notice";
import { suggestZenMuxId } from "@/lib/anthropic/model-ids";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { parseSnippet } from "@/lib/code/import/parse-snippet";
import type { Recording } from "@/lib/run/recording";

const LABEL = "Paste a cURL command, Python or TypeScript snippet, or a JSON body";

/**
 * "Import": paste a snippet and load it as the request, or open a run file (its request and its
 * answer). On error the message shows inline and the pasted text stays, even across closing and
 * reopening the dialog.
 */
export function ImportDialog({
  onImport,
  onImportRun,
  triggerClassName = buttonClass,
}: {
  onImport(request: PlaygroundRequest): void;
  /** Without it, the dialog reads request snippets only. */
  onImportRun?(recording: Recording): void;
  triggerClassName?: string;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  /** An imported model id ZenMux does not know: the dialog stays to offer the ZenMux one. */
  const [foreignModel, setForeignModel] = useState<string>();
  const textareaId = useId();
  const errorId = useId();

  const done = () => {
    setError(undefined);
    setText("");
    setOpen(false);
  };

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setForeignModel(undefined);
  };

  /** A run file, pasted or opened; false when it could not be used (the error is shown). */
  const importRunFile = async (content: string): Promise<boolean> => {
    const { parseRunFile } = await import("@/lib/share/run-file");
    const result = parseRunFile(content);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    done();
    onImportRun?.(result.recording);
    return true;
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (file) await importRunFile(await file.text());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { looksLikeRunFile } = await import("@/lib/share/run-file");
    if (onImportRun && looksLikeRunFile(text)) {
      await importRunFile(text);
      return;
    }
    const result = parseSnippet(text);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onImport(result.request);
    const model = result.request.body.model;
    if (suggestZenMuxId(model)) {
      setError(undefined);
      setText("");
      setForeignModel(model);
      return;
    }
    done();
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className={triggerClassName}>Import</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-[8vh] left-1/2 z-50 flex w-[min(44rem,calc(100vw-2rem))] -translate-x-1/2 flex-col gap-3 rounded-lg border border-border bg-surface-raised p-5 shadow-xl">
          <Dialog.Title className="text-base font-semibold">Import a request</Dialog.Title>
          <Dialog.Description className="text-sm text-fg-muted">
            The request replaces the current one. API keys in the snippet are ignored. A run file
            (from Export run) brings its answer too; you can also drop one on the page.
          </Dialog.Description>
          {foreignModel ? (
            <section aria-label="Imported model" className="flex flex-col gap-3 text-sm">
              <p className="font-medium">Imported.</p>
              <Notice tone="warn">
                <ModelFix model={foreignModel} />
              </Notice>
              <div className="flex justify-end">
                <Dialog.Close className={buttonClass}>Done</Dialog.Close>
              </div>
            </section>
          ) : (
            <>
              {onImportRun && (
                <label className="flex items-center gap-2 text-sm font-medium">
                  Open a run file
                  <input
                    type="file"
                    accept="application/json,.json"
                    onChange={(event) => void onFile(event)}
                    className="text-xs font-normal file:mr-2 file:rounded-md file:border file:border-border-strong file:bg-surface-raised file:px-2 file:py-1 file:text-xs dark:file:text-zinc-100"
                  />
                </label>
              )}
              <form onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-3">
                <label htmlFor={textareaId} className="text-sm font-medium">
                  {LABEL}
                </label>
                <textarea
                  id={textareaId}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  rows={14}
                  spellCheck={false}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className={`${inputClass} font-mono text-xs`}
                />
                {error && (
                  <p id={errorId} role="alert" className="text-sm text-danger">
                    {error}
                  </p>
                )}
                <div className="flex justify-end gap-2">
                  <Dialog.Close className={buttonClass}>Cancel</Dialog.Close>
                  <button type="submit" className={primaryButtonClass} disabled={!text.trim()}>
                    Import
                  </button>
                </div>
              </form>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
