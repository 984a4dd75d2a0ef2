"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { type DragEvent, memo, useId, useState } from "react";
import type { RequestIssue } from "@/lib/checks/request-issue";
import { useRequestStore } from "@/lib/request/request-context";
import {
  addMessageBlock,
  type EditableMessage,
  messageText,
  type Role,
  removeMessageBlock,
  replaceMessageBlock,
  setMessageRole,
  setMessageText,
} from "@/lib/request/request-edits";
import { AttachMenu } from "../media/attach-menu";
import { MessageCacheControl } from "../request/cache-control.lazy";
import { FieldIssues, issueAria, sameMessage } from "../request/field-issues";
import { ContentBlockCard } from "./content-block-card";
import { MessageActions, type MessageEdits, quietClass, textActionClass } from "./message-actions";
import { MessageTextField } from "./message-text-field";

interface MessageCardProps {
  index: number;
  count: number;
  message: EditableMessage;
  /** The issues of this message (and its blocks) only. */
  issues: readonly RequestIssue[];
  edits: MessageEdits;
  /** An earlier message opened for editing: "Done" turns it back into the thread. */
  closable?: boolean;
}

/**
 * A card re-renders only when its own message, position or issues change, so typing in one of a
 * hundred messages renders one card. Edits go through the store without subscribing to it.
 */
export const MessageCard = memo(
  MessageCardView,
  (a: MessageCardProps, b: MessageCardProps) => a.closable === b.closable && sameMessage(a, b),
);

/** One message of the conversation: role, text, attachments and any other blocks it carries. */
function MessageCardView({ index, count, message, issues, edits, closable }: MessageCardProps) {
  const setRequest = useRequestStore().set;
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
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
  let documentCount = 0;

  const attach = async (files: Iterable<File>) => {
    const errors: string[] = [];
    // Reading files is not needed until the first one arrives.
    const { readAttachmentFile } = await import("../../lib/media/read-attachment");
    for (const file of files) {
      const result = await readAttachmentFile(file);
      if (result.ok) setRequest((r) => addMessageBlock(r, index, result.block));
      else errors.push(result.error);
    }
    setFileError(errors.length ? errors.join(" ") : null);
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
      className={`group/message flex flex-col gap-1.5 rounded-lg border p-2 ${
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
        <MessageActions index={index} count={count} edits={edits}>
          {closable && (
            <button
              type="button"
              aria-label={`Done editing message ${n}`}
              onClick={() => edits.done(index)}
              className={textActionClass}
            >
              Done
            </button>
          )}
        </MessageActions>
      </div>
      <MessageTextField
        label={`Message ${n} text`}
        value={text}
        placeholder={
          prefill
            ? "Text the answer should start with"
            : "Type a message, paste or drop an image, PDF or text file"
        }
        onChange={(value) => setRequest((r) => setMessageText(r, index, value))}
        onPasteFiles={(files) => void attach(files)}
        {...issueAria(issuesId, own)}
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
                : block.type === "document"
                  ? `document ${++documentCount} of message ${n}`
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
        <span className={quietClass}>
          <AttachMenu
            messageNumber={n}
            onFiles={(files) => void attach(files)}
            onAdd={(block) => {
              setFileError(null);
              setRequest((r) => addMessageBlock(r, index, block));
            }}
          />
        </span>
        <MessageCacheControl index={index} message={message} />
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
