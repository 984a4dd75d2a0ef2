"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { type ClipboardEvent, type DragEvent, memo, useId, useRef, useState } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { buttonClass, iconButtonClass, inputClass } from "@/components/ui/field-styles";
import type { RequestIssue } from "@/lib/playground/checks";
import {
  addMessageBlock,
  type EditableMessage,
  messageText,
  moveMessage,
  type Role,
  removeMessage,
  removeMessageBlock,
  replaceMessageBlock,
  setMessageRole,
  setMessageText,
} from "@/lib/playground/request-edits";
import { ContentBlockCard } from "./content-block-card";
import { FieldIssues, issueAria } from "./field-issues";
import { readImageFile } from "./read-image";

/** Texts longer than this keep a fixed height and skip spellchecking: both redo the whole text per keystroke. */
const AUTO_SIZE_LIMIT = 10_000;

interface MessageCardProps {
  index: number;
  count: number;
  message: EditableMessage;
  /** The issues of this message (and its blocks) only. */
  issues: readonly RequestIssue[];
}

function sameIssues(a: readonly RequestIssue[], b: readonly RequestIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.path === b[i]?.path && x.message === b[i]?.message && x.severity === b[i]?.severity,
    )
  );
}

/**
 * A card re-renders only when its own message, position or issues change, so typing in one of a
 * hundred messages renders one card. Edits go through the store without subscribing to it.
 */
export const MessageCard = memo(
  MessageCardView,
  (a: MessageCardProps, b: MessageCardProps) =>
    a.message === b.message &&
    a.index === b.index &&
    a.count === b.count &&
    sameIssues(a.issues, b.issues),
);

/** One turn of the conversation: role, text, attachments and any other blocks it carries. */
function MessageCardView({ index, count, message, issues }: MessageCardProps) {
  const setRequest = useRequestStore().set;
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const issuesId = useId();
  const n = index + 1;
  const prefill = index === count - 1 && message.role === "assistant";
  const own = issues;
  const text = messageText(message);
  const blocks: ContentBlockParam[] = typeof message.content === "string" ? [] : message.content;
  const firstText = blocks.findIndex((b) => b.type === "text");
  // The first text block is the textarea; every other block is a card.
  const cards = blocks.map((block, i) => ({ block, i })).filter(({ i }) => i !== firstText);
  let imageCount = 0;

  const attach = async (files: Iterable<File>) => {
    const errors: string[] = [];
    for (const file of files) {
      const result = await readImageFile(file);
      if (result.ok) setRequest((r) => addMessageBlock(r, index, result.block));
      else errors.push(result.error);
    }
    setFileError(errors.length ? errors.join(" ") : null);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files];
    if (files.length === 0) return;
    event.preventDefault();
    void attach(files);
  };
  const onDrop = (event: DragEvent<HTMLLIElement>) => {
    setDragging(false);
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void attach([...event.dataTransfer.files]);
  };

  return (
    <li
      aria-label={`Message ${n}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes("Files")) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`flex flex-col gap-1.5 rounded-lg border p-2 ${
        dragging ? "border-indigo-500 bg-accent-surface" : "border-border"
      }`}
    >
      <div className="flex items-center gap-1.5">
        <select
          aria-label={`Role of message ${n}`}
          value={message.role}
          onChange={(e) => setRequest((r) => setMessageRole(r, index, e.target.value as Role))}
          className="rounded border border-transparent bg-transparent py-0.5 pr-1 text-xs font-semibold text-zinc-700 uppercase hover:border-border-strong dark:text-zinc-200 dark:[&>option]:bg-zinc-900"
        >
          <option value="user">User</option>
          <option value="assistant">Assistant</option>
        </select>
        {prefill && (
          <span className="rounded bg-violet-100 px-1.5 py-0.5 text-2xs text-violet-800 dark:bg-violet-950 dark:text-violet-200">
            Prefill: the model continues this text
          </span>
        )}
        <span className="ml-auto flex items-center gap-0.5">
          <button
            type="button"
            aria-label={`Move message ${n} up`}
            disabled={index === 0}
            onClick={() => setRequest((r) => moveMessage(r, index, -1))}
            className={iconButtonClass}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move message ${n} down`}
            disabled={index === count - 1}
            onClick={() => setRequest((r) => moveMessage(r, index, 1))}
            className={iconButtonClass}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Remove message ${n}`}
            onClick={() => setRequest((r) => removeMessage(r, index))}
            className={iconButtonClass}
          >
            ×
          </button>
        </span>
      </div>
      <textarea
        aria-label={`Message ${n} text`}
        value={text}
        // The spellchecker re-reads a huge text on every keystroke.
        spellCheck={text.length <= AUTO_SIZE_LIMIT}
        rows={2}
        placeholder={
          prefill ? "Text the answer should start with" : "Type a message, paste or drop an image"
        }
        onChange={(e) => setRequest((r) => setMessageText(r, index, e.target.value))}
        onPaste={onPaste}
        {...issueAria(issuesId, own)}
        className={`${inputClass} ${text.length > AUTO_SIZE_LIMIT ? "h-80" : "field-sizing-content max-h-80 min-h-14"} resize-y`}
      />
      {cards.length > 0 && (
        <ul
          aria-label={`Attachments and blocks of message ${n}`}
          className="flex flex-wrap gap-1.5"
        >
          {cards.map(({ block, i }) => {
            const label =
              block.type === "image"
                ? `image ${++imageCount} of message ${n}`
                : `${block.type} block ${i + 1} of message ${n}`;
            return (
              <ContentBlockCard
                key={i}
                block={block}
                label={label}
                onRemove={() => setRequest((r) => removeMessageBlock(r, index, i))}
                onReplace={(next) => setRequest((r) => replaceMessageBlock(r, index, i, next))}
              />
            );
          })}
        </ul>
      )}
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-label={`Attach image to message ${n}`}
          onClick={() => fileInput.current?.click()}
          className={buttonClass}
        >
          Attach image
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/jpeg,image/png,image/gif,image/webp"
          multiple
          tabIndex={-1}
          aria-label={`Image file for message ${n}`}
          className="sr-only"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void attach(files);
          }}
        />
        {fileError && (
          <p role="alert" className="text-xs text-red-600 dark:text-red-400">
            {fileError}
          </p>
        )}
      </div>
      <FieldIssues id={issuesId} issues={own} />
    </li>
  );
}
