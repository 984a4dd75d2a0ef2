"use client";

import * as Popover from "@radix-ui/react-popover";
import type { ComponentProps, RefObject } from "react";
import { ModelList } from "@/components/model-picker/model-list";

/**
 * The model picker's popover, anchored to the picker's own button (which stays on the first
 * screen while this loads on demand): it keeps Radix's focus trap, Escape and outside-click
 * dismissal, and gives focus back to the button when it closes.
 */
export function ModelPickerPopup({
  id,
  anchor,
  open,
  onOpenChange,
  ...list
}: {
  id: string;
  anchor: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
} & ComponentProps<typeof ModelList>) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          id={id}
          aria-label="Choose a model"
          align="start"
          sideOffset={6}
          // A click on the button toggles the picker itself; it must not count as "outside".
          onInteractOutside={(event) => {
            if (anchor.current?.contains(event.target as Node)) event.preventDefault();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            anchor.current?.focus();
          }}
          className="z-50 w-[34rem] max-w-[calc(100vw-2rem)] overflow-hidden rounded-lg border border-border bg-surface-raised shadow-xl"
        >
          <ModelList {...list} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
