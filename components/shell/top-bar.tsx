"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { BAR_BUTTON } from "@/components/shell/top-bar-button";
import {
  HistoryDialog,
  ImportDialog,
  KeySettingsDialog,
  SharePopover,
} from "@/components/shell/top-bar-dialogs.lazy";
import { RUN_MODE_LABELS, runMode } from "@/lib/keys/run-mode";
import { useUserKey } from "@/lib/keys/use-user-key";
import { useRequestStore } from "@/lib/request/request-context";
import type { Recording } from "@/lib/run/recording";
import type { RecordingOrigin } from "@/lib/run/run-origin";

/** What the bar does with runs: the one on screen, and opening a kept one. */
export interface TopBarRuns {
  recording: Recording | null;
  open(recording: Recording, from: RecordingOrigin): void;
  startNew(): void;
  /** Enters presenter mode: a menu entry on narrow screens, where the toolbar's button wraps away. */
  present(): void;
}

export function TopBar({
  usesServerKey,
  keySettings,
  runs,
}: {
  /** Runs without the user's own key use the server's (else the emulator answers). */
  usesServerKey: boolean;
  /** The Key settings dialog's open state, shared with the demo banner's link to it. */
  keySettings: { open: boolean; onOpenChange: (open: boolean) => void };
  runs: TopBarRuns;
}) {
  const hasUserKey = useUserKey() !== null;
  const store = useRequestStore();
  const mode = runMode(usesServerKey, hasUserKey);
  const demo = mode === "demo";
  const menu = useActionsMenu();
  return (
    <header className="relative flex h-12 shrink-0 items-center gap-3 border-b border-border px-3 sm:px-4">
      <h1 className="flex min-w-0 items-center gap-2 text-sm font-semibold tracking-tight whitespace-nowrap">
        <span
          aria-hidden
          className="grid size-6 place-items-center rounded-md bg-zinc-900 font-mono text-xs text-white dark:bg-white dark:text-zinc-900"
        >
          Z
        </span>
        ZenMux Playground
      </h1>
      <span
        role="status"
        aria-label="Mode"
        title={RUN_MODE_LABELS[mode].detail}
        className={`inline-flex h-6 items-center gap-1.5 rounded-full border px-2 text-xs font-medium ${
          demo
            ? "border-warn-border bg-warn-surface text-warn-strong"
            : "border-ok-border bg-ok-surface text-emerald-900 dark:text-emerald-200"
        }`}
      >
        <span
          aria-hidden
          className={`size-1.5 rounded-full ${demo ? "bg-amber-500" : "bg-emerald-500"}`}
        />
        {RUN_MODE_LABELS[mode].badge}
      </span>
      <button
        ref={menu.buttonRef}
        type="button"
        aria-haspopup="true"
        aria-expanded={menu.open}
        aria-controls={menu.id}
        onClick={() => menu.setOpen(!menu.open)}
        onKeyDown={menu.onButtonKeyDown}
        className={`${BAR_BUTTON} ml-auto lg:hidden`}
      >
        <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" aria-hidden>
          <path d="M2.5 4.5h11M2.5 8h11M2.5 11.5h11" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      {/* On narrow screens the same actions drop down from the Menu button. */}
      <nav
        ref={menu.navRef}
        id={menu.id}
        aria-label="Playground"
        onKeyDown={menu.onNavKeyDown}
        className={`${
          menu.open
            ? "absolute top-full right-2 z-40 mt-1 flex min-w-48 flex-col items-stretch rounded-lg border border-border bg-surface p-1 shadow-lg"
            : "hidden"
        } lg:static lg:ml-auto lg:flex lg:min-w-0 lg:flex-row lg:items-center lg:gap-1 lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none lg:dark:bg-transparent`}
      >
        <button
          type="button"
          onClick={runs.startNew}
          title="Start a new conversation with the same model and settings"
          className={BAR_BUTTON}
        >
          <svg
            viewBox="0 0 16 16"
            className="size-3.5"
            fill="none"
            stroke="currentColor"
            aria-hidden
          >
            <path d="M8 3.5v9M3.5 8h9" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          New
        </button>
        <ImportDialog
          onImport={store.set}
          onImportRun={(recording) => runs.open(recording, "file")}
          triggerClassName={BAR_BUTTON}
        />
        <KeySettingsDialog triggerClassName={BAR_BUTTON} {...keySettings} />
        <HistoryDialog
          triggerClassName={BAR_BUTTON}
          onRestore={(recording) => runs.open(recording, "history")}
        />
        <SharePopover triggerClassName={BAR_BUTTON} recording={runs.recording} />
        <button
          type="button"
          onClick={() => {
            menu.setOpen(false);
            runs.present();
          }}
          className={`${BAR_BUTTON} lg:hidden`}
        >
          Present
        </button>
        <span aria-hidden className="mx-1 hidden h-5 w-px bg-zinc-200 lg:block dark:bg-zinc-800" />
        <ThemeToggle className={`${BAR_BUTTON} w-8 justify-center px-0`} />
      </nav>
    </header>
  );
}

/**
 * The Menu button's state on narrow screens: it opens the bar's actions as a drop-down, which the
 * arrow keys walk through and Escape (or a click elsewhere) closes, giving the focus back.
 * The actions stay mounted while closed, so a dialog opened from the menu stays open.
 */
function useActionsMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const items = () => [...(navRef.current?.querySelectorAll<HTMLElement>("button") ?? [])];

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element;
      // A dialog opened from the menu is not "elsewhere".
      if (navRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      if (target.closest?.('[role="dialog"]')) return;
      setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const openAndFocus = (which: "first" | "last") => {
    setOpen(true);
    requestAnimationFrame(() => {
      const all = items();
      (which === "first" ? all[0] : all.at(-1))?.focus();
    });
  };
  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown") openAndFocus("first");
    else if (event.key === "ArrowUp") openAndFocus("last");
    else return;
    event.preventDefault();
  };
  const onNavKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed in a dialog opened from here bubble through React's tree: they are not ours.
    if (!open || !navRef.current?.contains(event.target as Node)) return;
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    const moves: Record<string, number | undefined> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key === "Escape") {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (moves[event.key] !== undefined) {
      all[moves[event.key] ?? 0]?.focus();
    } else return;
    event.preventDefault();
  };
  return { open, setOpen, id, buttonRef, navRef, onButtonKeyDown, onNavKeyDown };
}
