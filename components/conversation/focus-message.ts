/** Puts the cursor in the request editor's message `n` (1-based), once it has rendered. */
export function focusMessageField(n: number): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`[aria-label="Message ${n} text"]`);
    field?.focus();
    field?.scrollIntoView({ block: "nearest" });
  });
}
