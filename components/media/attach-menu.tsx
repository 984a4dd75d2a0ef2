"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { lazy, Suspense, useRef, useState } from "react";
import { ATTACH_ACCEPT } from "@/lib/media/attach-accept";
import { PlainAttachButton } from "./attach-trigger";

// The menu (Radix popover, URL form) is not on the first screen: it loads on the first click,
// or as soon as the pointer or focus comes near.
const loadPopover = () => import("./attach-popover");
const AttachPopover = lazy(() => loadPopover().then((m) => ({ default: m.AttachPopover })));

/**
 * One quiet "Attach" per message: files (images, PDFs, text) through the file chooser, or an
 * image or PDF by URL. The file input sits outside the menu so it works while the menu is closed.
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
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {wanted ? (
        <Suspense fallback={<PlainAttachButton messageNumber={messageNumber} />}>
          <AttachPopover
            messageNumber={messageNumber}
            open={open}
            onOpenChange={setOpen}
            onChooseFiles={() => {
              setOpen(false);
              input.current?.click();
            }}
            onAdd={(block) => {
              onAdd(block);
              setOpen(false);
            }}
          />
        </Suspense>
      ) : (
        <PlainAttachButton
          messageNumber={messageNumber}
          onPointerEnter={() => void loadPopover()}
          onFocus={() => void loadPopover()}
          onClick={() => {
            setWanted(true);
            setOpen(true);
          }}
        />
      )}
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
    </>
  );
}
