/** Marks a reasoning model, on the picker's button and in its list. */
export function ReasoningBadge() {
  return (
    <span className="shrink-0 rounded bg-violet-50 px-1.5 py-px text-2xs font-medium text-violet-800 dark:bg-violet-950 dark:text-violet-300">
      reasoning
    </span>
  );
}
