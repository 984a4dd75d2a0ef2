/** A blinking caret after a reply that is still streaming; steady for reduced motion. */
export function StreamCaret() {
  return (
    <span
      aria-hidden="true"
      data-testid="stream-caret"
      className="ml-0.5 inline-block h-4 w-[0.45rem] translate-y-0.5 rounded-[1px] bg-zinc-400 animate-[caret-blink_1s_steps(1)_infinite] motion-reduce:animate-none dark:bg-zinc-500"
    />
  );
}
