"use client";

import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/field-styles";

/**
 * Copies `text`. Its accessible name stays `label` ("Copy cURL", "Copy raw") while the visible
 * word turns to "Copied"; a live status says how it went. A success is read out there but not shown
 * twice (the button already says it); a failure is shown, since it asks the user to act.
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
      <span
        role="status"
        className={`text-xs text-fg-muted ${state === "failed" ? "" : "sr-only"}`}
      >
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
