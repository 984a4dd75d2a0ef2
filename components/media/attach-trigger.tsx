import type { ComponentPropsWithoutRef } from "react";

/** How the Attach button looks, before and after its popover's code has loaded. */
export const ATTACH_TRIGGER_CLASS =
  "inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-fg-muted hover:bg-surface-muted hover:text-fg aria-expanded:bg-surface-muted";

export function attachMenuName(messageNumber: number): string {
  return `Attach to message ${messageNumber}`;
}

/** The paperclip and the word, shared by the plain button and the popover's trigger. */
export function AttachLabel() {
  return (
    <>
      <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" aria-hidden>
        <path
          d="m13 7.5-5.3 5.3a3.2 3.2 0 0 1-4.5-4.5l5.6-5.6a2.1 2.1 0 0 1 3 3L6.2 11.3a1 1 0 0 1-1.5-1.5L9.8 4.7"
          strokeWidth="1.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Attach
    </>
  );
}

/** The Attach button until the popover has loaded: same name, look and place. */
export function PlainAttachButton({
  messageNumber,
  ...props
}: { messageNumber: number } & ComponentPropsWithoutRef<"button">) {
  return (
    <button
      type="button"
      aria-label={attachMenuName(messageNumber)}
      aria-haspopup="dialog"
      aria-expanded={false}
      className={ATTACH_TRIGGER_CLASS}
      {...props}
    >
      <AttachLabel />
    </button>
  );
}
