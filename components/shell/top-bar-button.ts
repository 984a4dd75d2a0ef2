/** The top bar's quiet buttons, and the shape their stand-ins take while a dialog's code loads. */
export const BAR_BUTTON_SHAPE = "inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm";
export const BAR_BUTTON = `${BAR_BUTTON_SHAPE} text-fg-secondary hover:bg-surface-muted hover:text-zinc-950 dark:hover:text-white`;
