"use client";
// STUB: replaced by the top bar (mode, key settings, share, history, theme).
import type { ServerMode } from "@/lib/playground/server-mode";

export function TopBar({ serverMode }: { serverMode: ServerMode }) {
  return (
    <header className="flex items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
      <h1 className="font-semibold">ZenMux Playground</h1>
      <span role="status" aria-label="Mode">
        {serverMode === "demo" ? "Demo" : "ZenMux"}
      </span>
    </header>
  );
}
