"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { type FormEvent, useId, useState } from "react";
import { KeyKindNote } from "@/components/keys/key-kind-note";
import { primaryButtonClass } from "@/components/ui/field-styles";
import { useUserKey } from "@/lib/keys/use-user-key";
import { forgetUserKey, keyPersistence, loadUserKey, saveUserKey } from "@/lib/keys/user-key";

/**
 * "Key settings": the user's own ZenMux key, kept in this browser only. Its open state is the
 * caller's, so the demo banner can open the same dialog.
 */
export function KeySettingsDialog({
  triggerClassName,
  open,
  onOpenChange: setOpen,
}: {
  triggerClassName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const userKey = useUserKey();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={triggerClassName}>
        <KeyIcon />
        Key settings
        {userKey && <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden />}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-[12vh] left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 rounded-lg border border-border bg-surface-raised p-5 shadow-xl">
          <Dialog.Title className="text-base font-semibold">Key settings</Dialog.Title>
          {/* Remounted on each open so the form starts from what is stored now. */}
          {open && <KeyForm onDone={() => setOpen(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function KeyForm({ onDone }: { onDone: () => void }) {
  const inputId = useId();
  const rememberId = useId();
  const kindId = useId();
  const [value, setValue] = useState(() => loadUserKey() ?? "");
  const [remember, setRemember] = useState(() => keyPersistence() === "device");
  const stored = loadUserKey();
  const trimmed = value.trim();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    saveUserKey(trimmed, remember ? "device" : "session");
    onDone();
  };

  return (
    <form onSubmit={onSubmit} className="mt-2 space-y-4">
      <Dialog.Description className="text-sm text-fg-muted">
        Use your own ZenMux key for runs. It is sent only to this playground's server, which
        forwards it to ZenMux with each request and never stores it. It stays in this browser: for
        this session, or on this device if you choose.
      </Dialog.Description>
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium">
          ZenMux API key
        </label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="sk-ai-v1-…"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={trimmed ? kindId : undefined}
          className="h-9 w-full rounded-md border border-border-strong bg-surface px-3 font-mono text-sm placeholder:text-fg-subtle"
        />
        <KeyKindNote value={value} id={kindId} />
        <p className="text-xs text-fg-muted">
          Keys start with <code className="font-mono">sk-ai-v1-</code> (pay as you go) or{" "}
          <code className="font-mono">sk-ss-v1-</code> (subscription). A playground token from this
          server's operator works here too: it unlocks the server's key without revealing it.{" "}
          <a href="/sign-in" className="underline underline-offset-2">
            Sign in or out
          </a>
          .
        </p>
      </div>
      <div className="flex items-center gap-2">
        <input
          id={rememberId}
          type="checkbox"
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
          className="size-4 accent-indigo-600"
        />
        <label htmlFor={rememberId} className="text-sm">
          Remember on this device
        </label>
      </div>
      <div className="flex items-center justify-between gap-2 pt-1">
        <button
          type="button"
          disabled={!stored}
          onClick={() => {
            forgetUserKey();
            onDone();
          }}
          className="h-8 rounded-md px-3 text-sm text-danger hover:bg-danger-surface disabled:opacity-50 disabled:hover:bg-transparent"
        >
          Forget key
        </button>
        <div className="flex gap-2">
          <Dialog.Close className="h-8 rounded-md border border-border-strong px-3 text-sm hover:bg-surface-hover">
            Cancel
          </Dialog.Close>
          <button type="submit" disabled={!trimmed} className={primaryButtonClass}>
            Save
          </button>
        </div>
      </div>
    </form>
  );
}

function KeyIcon() {
  return (
    <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" aria-hidden>
      <circle cx="5" cy="11" r="3" strokeWidth="1.5" />
      <path d="M7.2 8.8 13 3m-2 2 1.5 1.5M9.5 6.5 11 8" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
