/** Shared classes for form controls, so every field looks and focuses the same. */
export const inputClass =
  "w-full rounded-md border border-border-strong bg-surface-raised px-2 py-1 text-sm text-fg placeholder:text-zinc-400 disabled:opacity-50 aria-[invalid=true]:border-red-500 dark:placeholder:text-zinc-500";

export const labelClass = "text-xs font-medium text-fg-muted";

export const buttonClass =
  "inline-flex items-center gap-1 rounded-md border border-border-strong bg-surface-raised px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-surface-hover disabled:cursor-not-allowed disabled:opacity-40 dark:text-zinc-200";

export const iconButtonClass =
  "inline-flex size-6 items-center justify-center rounded text-fg-subtle hover:bg-surface-muted hover:text-fg disabled:cursor-not-allowed disabled:opacity-30";

/** The one filled, accent button per view: Run, Save, Import, "Reply and run". */
export const primaryButtonClass =
  "inline-flex h-8 shrink-0 items-center justify-center gap-2 rounded-md bg-indigo-600 px-3 text-sm font-medium whitespace-nowrap text-white shadow-sm hover:bg-indigo-700 disabled:cursor-not-allowed disabled:bg-zinc-200 disabled:text-fg-subtle disabled:shadow-none dark:hover:bg-indigo-500 dark:disabled:bg-zinc-800";

/** The quiet companion of primaryButtonClass, at the same height. */
export const secondaryButtonClass =
  "inline-flex h-8 shrink-0 items-center justify-center gap-2 rounded-md border border-border-strong bg-surface-raised px-3 text-sm font-medium whitespace-nowrap text-zinc-800 hover:bg-surface-hover disabled:cursor-not-allowed disabled:opacity-50 dark:text-zinc-100";
