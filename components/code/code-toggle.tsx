"use client";

import { buttonClass } from "@/components/ui/field-styles";

/** Opens and closes the code pane; the choice is remembered (see useCodeOpen). */
export function CodeToggle({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => onOpenChange(!open)}
      title="The request as cURL, Python, TypeScript and Claude Code"
      className={`${buttonClass} ml-auto h-8 gap-1.5 px-2.5 text-sm aria-pressed:border-indigo-400 aria-pressed:bg-accent-surface aria-pressed:text-indigo-900 dark:aria-pressed:border-indigo-500 dark:aria-pressed:text-indigo-100`}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5" fill="none">
        <path
          d="m5.5 4.5-3.5 3.5 3.5 3.5m5-7 3.5 3.5-3.5 3.5"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Code
    </button>
  );
}
