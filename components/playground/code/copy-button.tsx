"use client";

import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/field-styles";

/** Copies `text`; its name stays "Copy <what>", and a live status says "Copied". */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed: select the text instead"
            : ""}
      </span>
      <button
        type="button"
        aria-label={`Copy ${what}`}
        className={buttonClass}
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
      >
        {state === "copied" ? "Copied" : "Copy"}
      </button>
    </span>
  );
}
