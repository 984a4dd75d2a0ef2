/**
 * Which earlier messages of the thread are open as editors, by position. Moving or removing a
 * message moves its place in the set along with it, so an open message stays open and a closed one
 * closed.
 */
export type OpenMessages = ReadonlySet<number>;

export function withMessage(open: OpenMessages, index: number, isOpen: boolean): OpenMessages {
  const next = new Set(open);
  if (isOpen) next.add(index);
  else next.delete(index);
  return next;
}

/** After the message at `index` swapped places with the one at `index + delta`. */
export function afterMove(open: OpenMessages, index: number, delta: -1 | 1): OpenMessages {
  const other = index + delta;
  const next = new Set([...open].filter((i) => i !== index && i !== other));
  if (open.has(index)) next.add(other);
  if (open.has(other)) next.add(index);
  return next;
}

/** After the message at `index` was removed: later messages move up one place. */
export function afterRemove(open: OpenMessages, index: number): OpenMessages {
  return new Set([...open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)));
}

/** Only the messages that still exist, when the conversation got shorter (New, a restored run). */
export function within(open: OpenMessages, count: number): OpenMessages {
  return [...open].every((i) => i < count) ? open : new Set([...open].filter((i) => i < count));
}
