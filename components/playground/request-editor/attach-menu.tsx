"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import * as Popover from "@radix-ui/react-popover";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { ATTACH_ACCEPT } from "@/lib/playground/documents";

// The panel's URL form is not on the first screen: it loads when the menu first opens.
const AttachPanel = dynamic(() => import("./attach-panel").then((m) => m.AttachPanel), {
  loading: () => <p className="p-1 text-xs text-zinc-500 dark:text-zinc-400">Loading…</p>,
});

/**
 * One quiet "Attach" per message: files (images, PDFs, text) through the file chooser, or an
 * image or PDF by URL. The file input sits outside the popover so it works while it is closed.
 */
export function AttachMenu({
  messageNumber,
  onFiles,
  onAdd,
}: {
  messageNumber: number;
  onFiles: (files: File[]) => void;
  onAdd: (block: ContentBlockParam) => void;
}) {
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const name = `Attach to message ${messageNumber}`;
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        aria-label={name}
        className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 aria-expanded:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:aria-expanded:bg-zinc-800"
      >
        <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" aria-hidden>
          <path
            d="m13 7.5-5.3 5.3a3.2 3.2 0 0 1-4.5-4.5l5.6-5.6a2.1 2.1 0 0 1 3 3L6.2 11.3a1 1 0 0 1-1.5-1.5L9.8 4.7"
            strokeWidth="1.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Attach
      </Popover.Trigger>
      <input
        ref={input}
        type="file"
        accept={ATTACH_ACCEPT}
        multiple
        tabIndex={-1}
        aria-label={`Files to attach to message ${messageNumber}`}
        className="sr-only"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so choosing the same file again still reads it.
          e.target.value = "";
          onFiles(files);
        }}
      />
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          aria-label={name}
          className="z-50 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <AttachPanel
            messageNumber={messageNumber}
            onChooseFiles={() => {
              setOpen(false);
              input.current?.click();
            }}
            onAdd={(block) => {
              onAdd(block);
              setOpen(false);
            }}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
