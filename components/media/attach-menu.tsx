"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { Suspense, useRef, useState } from "react";
import { ATTACH_ACCEPT } from "@/lib/media/attach-accept";
import { AttachPopover } from "./attach-popover.lazy";
import { PlainAttachButton } from "./attach-trigger";

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
          onPointerEnter={() => void AttachPopover.preload()}
          onFocus={() => void AttachPopover.preload()}
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
