"use client";

import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/field-styles";

/**
 * Copies `text`. Its accessible name stays `label` ("Copy cURL", "Copy raw") while the visible
 * word turns to "Copied", and a live status says how it went.
 */
export function CopyButton({
  text,
  label = "Copy",
}: {
  /** The text, or a function making it when clicked, for text that is costly to make. */
  text: string | (() => string);
  label?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <span role="status" className="text-xs text-fg-muted">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed: allow clipboard access and try again"
            : ""}
      </span>
      <button
        type="button"
        aria-label={label}
        className={buttonClass}
        onClick={() =>
          navigator.clipboard.writeText(typeof text === "string" ? text : text()).then(
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
