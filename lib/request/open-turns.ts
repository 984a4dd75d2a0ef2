/**
 * Which earlier turns of the thread are open as editors, by position. Moving or removing a turn
 * moves its place in the set along with it, so an open turn stays open and a closed one closed.
 */
export type OpenTurns = ReadonlySet<number>;

export function withTurn(open: OpenTurns, index: number, isOpen: boolean): OpenTurns {
  const next = new Set(open);
  if (isOpen) next.add(index);
  else next.delete(index);
  return next;
}

/** After the turn at `index` swapped places with the one at `index + delta`. */
export function afterMove(open: OpenTurns, index: number, delta: -1 | 1): OpenTurns {
  const other = index + delta;
  const next = new Set([...open].filter((i) => i !== index && i !== other));
  if (open.has(index)) next.add(other);
  if (open.has(other)) next.add(index);
  return next;
}

/** After the turn at `index` was removed: later turns move up one place. */
export function afterRemove(open: OpenTurns, index: number): OpenTurns {
  return new Set([...open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)));
}

/** Only the turns that still exist, when the conversation got shorter (New, a restored run). */
export function within(open: OpenTurns, count: number): OpenTurns {
  return [...open].every((i) => i < count) ? open : new Set([...open].filter((i) => i < count));
}
