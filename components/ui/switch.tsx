"use client";

/** An on/off switch: a button with role "switch", named by its visible label. */
export function Switch({
  label,
  checked,
  onCheckedChange,
  describedBy,
  size = "md",
  title,
}: {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  describedBy?: string;
  /** "sm" for toolbars, where the label is secondary text. */
  size?: "sm" | "md";
  title?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-describedby={describedBy}
      title={title}
      onClick={() => onCheckedChange(!checked)}
      className={`group inline-flex shrink-0 items-center gap-2 rounded whitespace-nowrap text-fg-secondary ${size === "sm" ? "text-xs" : "text-sm"}`}
    >
      <span
        aria-hidden="true"
        className={`relative inline-flex h-4 w-7 shrink-0 rounded-full transition-colors ${
          checked ? "bg-indigo-600" : "bg-zinc-300 dark:bg-zinc-700"
        }`}
      >
        <span
          className={`absolute top-0.5 size-3 rounded-full bg-white shadow transition-transform ${
            checked ? "translate-x-3.5" : "translate-x-0.5"
          }`}
        />
      </span>
      {label}
    </button>
  );
}
