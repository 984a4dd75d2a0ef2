/** Where each line of a growing text starts. */
export interface LineIndex {
  readonly text: string;
  /** Offsets of line starts (the first is 0); only the first `size` belong to `text`. */
  readonly starts: readonly number[];
  readonly size: number;
}

/**
 * Indexes the lines of `text`, reusing `previous` when `text` only grew: only the new part is
 * scanned, so a streaming body costs the same per chunk however long it already is.
 */
export function indexLines(previous: LineIndex | null, text: string): LineIndex {
  if (previous?.text === text) return previous;
  const grew = previous !== null && text.startsWith(previous.text);
  // The array is shared and only appended to: an older index still reads its own `size` lines.
  const starts = grew ? (previous.starts as number[]) : [0];
  if (grew) starts.length = previous.size;
  let from = grew ? previous.text.length : 0;
  for (let at = text.indexOf("\n", from); at !== -1; at = text.indexOf("\n", from)) {
    starts.push(at + 1);
    from = at + 1;
  }
  return { text, starts, size: starts.length };
}

/** Line `i` of the index, with its newline. */
export function lineAt(index: LineIndex, i: number): string {
  const end = i + 1 < index.size ? index.starts[i + 1] : index.text.length;
  return index.text.slice(index.starts[i] ?? index.text.length, end);
}

/** How many lines to show: a final empty line after a trailing newline is not one. */
export function lineCount(index: LineIndex): number {
  const last = index.starts[index.size - 1] ?? 0;
  return last === index.text.length ? index.size - 1 : index.size;
}
