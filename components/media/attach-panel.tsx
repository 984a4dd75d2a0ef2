"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { type FormEvent, useId, useState } from "react";
import { buttonClass, inputClass, labelClass } from "@/components/ui/field-styles";
import { type UrlKind, urlBlock, urlKindOf } from "@/lib/media/file-blocks";

/** The Attach menu's body: the file chooser, and an image or PDF by URL, checked before it is added. */
export function AttachPanel({
  messageNumber,
  onChooseFiles,
  onAdd,
}: {
  messageNumber: number;
  onChooseFiles: () => void;
  onAdd: (block: ContentBlockParam) => void;
}) {
  const [url, setUrl] = useState("");
  // null: follow the URL (a .pdf path is a document); set once the user picks a kind.
  const [pickedKind, setPickedKind] = useState<UrlKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const urlId = useId();
  const kindId = useId();
  const errorId = useId();
  const kind = pickedKind ?? urlKindOf(url);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = urlBlock(url, kind);
    if (!result.ok) return setError(result.error);
    onAdd(result.block);
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <button type="button" onClick={onChooseFiles} className={`${buttonClass} self-start`}>
          Choose files…
        </button>
        <p className="text-xs text-fg-muted">
          Images, PDFs and text files (.txt, .md, .csv …). You can also paste or drop them on the
          message.
        </p>
      </div>
      <form
        noValidate
        onSubmit={submit}
        aria-label={`Add by URL to message ${messageNumber}`}
        className="flex flex-col gap-1.5 border-t border-border pt-3"
      >
        <label htmlFor={urlId} className={labelClass}>
          Image or PDF URL
        </label>
        <input
          id={urlId}
          type="url"
          value={url}
          placeholder="https://example.com/report.pdf"
          onChange={(e) => {
            setUrl(e.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={inputClass}
        />
        <div className="flex items-center gap-2">
          <label htmlFor={kindId} className={labelClass}>
            Add as
          </label>
          <select
            id={kindId}
            value={kind}
            onChange={(e) => setPickedKind(e.target.value as UrlKind)}
            className="rounded border border-border-strong bg-surface-raised px-1 py-0.5 text-xs text-zinc-800 dark:text-zinc-100"
          >
            <option value="image">Image</option>
            <option value="pdf">PDF document</option>
          </select>
          <button type="submit" className={`${buttonClass} ml-auto`}>
            Add
          </button>
        </div>
        {error && (
          <p id={errorId} role="alert" className="text-xs text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
