"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import * as Popover from "@radix-ui/react-popover";
import { AttachPanel } from "./attach-panel";
import { ATTACH_TRIGGER_CLASS, AttachLabel, attachMenuName } from "./attach-trigger";

/** The Attach button with its menu: loaded on the first click, so the first screen stays light. */
export function AttachPopover({
  messageNumber,
  open,
  onOpenChange,
  onChooseFiles,
  onAdd,
}: {
  messageNumber: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChooseFiles: () => void;
  onAdd: (block: ContentBlockParam) => void;
}) {
  const name = attachMenuName(messageNumber);
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger aria-label={name} className={ATTACH_TRIGGER_CLASS}>
        <AttachLabel />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          aria-label={name}
          className="z-50 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-border bg-surface-raised p-3 text-sm shadow-lg"
        >
          <AttachPanel messageNumber={messageNumber} onChooseFiles={onChooseFiles} onAdd={onAdd} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
