"use client";

import { useEffect, useState } from "react";
import { CodePanel } from "@/components/playground/code-panel";
import { usePlaygroundRequest } from "@/components/playground/request-context";

/** The code panel under the response, fed by the request; it folds away to give the answer room. */
export function CodePanelSlot() {
  const [request] = usePlaygroundRequest();
  const [open, setOpen] = useState(true);
  const [localBaseUrl, setLocalBaseUrl] = useState("http://localhost:3000/api/anthropic");
  useEffect(() => setLocalBaseUrl(`${window.location.origin}/api/anthropic`), []);
  return (
    <div className="flex max-h-[45%] min-h-0 shrink-0 flex-col border-t border-zinc-200 dark:border-zinc-800">
      <div className="flex items-center justify-between px-3 py-1.5">
        <h2 className="text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
          Code
        </h2>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
          className="rounded px-2 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
        >
          {open ? "Hide code" : "Show code"}
        </button>
      </div>
      {open && (
        <div className="min-h-0 overflow-y-auto px-3 pb-3">
          <CodePanel request={request} localBaseUrl={localBaseUrl} />
        </div>
      )}
    </div>
  );
}
