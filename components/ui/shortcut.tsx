"use client";

import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

// Read once: the Run bar asks on each of its renders, which include every streamed draw.
let apple: boolean | undefined;
function isApplePlatform(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  apple ??= /mac|iphone|ipad/i.test(nav.userAgentData?.platform ?? nav.platform ?? nav.userAgent);
  return apple;
}

/** True on macOS and iOS, where the modifier is ⌘ rather than Ctrl. False on the server. */
function useIsApple(): boolean {
  return useSyncExternalStore(noSubscribe, isApplePlatform, () => false);
}

/** The Run shortcut as this platform writes it: "⌘↵" or "Ctrl ↵". */
export function useRunShortcutLabel(): string {
  return useIsApple() ? "⌘↵" : "Ctrl ↵";
}

/** A keycap hint inside a button; hidden from the accessible name (aria-keyshortcuts says it). */
export function KeyHint({ children, className = "" }: { children: string; className?: string }) {
  return (
    <span aria-hidden="true">
      <kbd
        className={`rounded px-1 font-sans text-2xs leading-4 font-medium tracking-wide ${className}`}
      >
        {children}
      </kbd>
    </span>
  );
}
