"use client";

import { Notice } from "@/components/ui/notice";
import { chooseDemoMode, type ServerKeyGate } from "@/lib/keys/server-key-gate";

const linkClass =
  "font-medium underline underline-offset-2 hover:text-sky-950 dark:hover:text-white";

/**
 * Shown when the server holds a key this visitor may not use yet: the ways in (sign in, a
 * playground token or the visitor's own key) and demo mode, the same ones the 401 names.
 */
export function ServerKeyNotice({ gate, onUseKey }: { gate: ServerKeyGate; onUseKey: () => void }) {
  const ownKey = gate.tokens
    ? "enter a playground token or your own ZenMux key"
    : "add your own ZenMux key";
  return (
    <Notice
      tone="info"
      shape="banner"
      as="section"
      aria-label="Server key access"
      className="flex items-center gap-2 text-code"
    >
      <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-sky-500" />
      <span>
        <strong className="font-semibold">
          {gate.signIn
            ? "This server's key needs sign-in."
            : "This server's key is not open to you."}
        </strong>{" "}
        To run against ZenMux,{" "}
        {gate.signIn && (
          <>
            <a href="/sign-in" className={linkClass}>
              sign in
            </a>
            {", or "}
          </>
        )}
        <button type="button" onClick={onUseKey} className={linkClass}>
          {ownKey}
        </button>
        {gate.demoChosen ? (
          <>
            {". You are in demo mode: "}
            <button type="button" onClick={() => void chooseDemoMode(false)} className={linkClass}>
              leave demo mode
            </button>
            .
          </>
        ) : (
          <>
            {"; or "}
            <button type="button" onClick={() => void chooseDemoMode(true)} className={linkClass}>
              try demo mode
            </button>{" "}
            with the built-in emulator.
          </>
        )}
      </span>
    </Notice>
  );
}
