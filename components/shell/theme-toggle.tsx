"use client";

import { nextThemeChoice, type ThemeChoice } from "@/lib/theme/theme";
import { useTheme } from "@/lib/theme/use-theme";

/** Cycles system → light → dark; the name says the current choice and the one a click makes. */
export function ThemeToggle({ className }: { className: string }) {
  const [choice, setChoice] = useTheme();
  const next = nextThemeChoice(choice);
  const name = `Theme: ${choice} (next: ${next})`;
  return (
    <button
      type="button"
      aria-label={name}
      title={name}
      onClick={() => setChoice(next)}
      className={className}
    >
      <ThemeIcon choice={choice} />
    </button>
  );
}

function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  return (
    <svg
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      aria-hidden
    >
      {choice === "light" ? (
        <>
          <circle cx="8" cy="8" r="3" />
          <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1" />
        </>
      ) : choice === "dark" ? (
        <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" />
      ) : (
        <>
          <rect x="1.5" y="2.5" width="13" height="9" rx="1.5" />
          <path d="M5.5 14h5M8 11.5V14" />
        </>
      )}
    </svg>
  );
}
