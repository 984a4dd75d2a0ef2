import type { ThemedToken } from "shiki/core";

/** Tokens of one line each; `color` is the light theme's, `--shiki-dark` the dark one's. */
export type HighlightedLines = ThemedToken[][];

/**
 * Pairs each line of `code` with tokens made from an older text, where that line is unchanged:
 * the lines before the first difference and after the last one (so an insertion or a keystroke
 * keeps the colours of every other line). Changed lines get `undefined` and show plain until new
 * tokens arrive.
 */
export function alignTokens(
  highlighted: { code: string; lines: HighlightedLines },
  code: string,
): (ThemedToken[] | undefined)[] {
  const before = highlighted.code.split("\n");
  const after = code.split("\n");
  const aligned: (ThemedToken[] | undefined)[] = new Array(after.length).fill(undefined);
  // Tokens that do not line up with their text (they always should) are not trusted at all.
  if (highlighted.lines.length !== before.length) return aligned;
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) {
    aligned[head] = highlighted.lines[head];
    head++;
  }
  for (
    let b = before.length - 1, a = after.length - 1;
    b >= head && a >= head && before[b] === after[a];
    b--, a--
  )
    aligned[a] = highlighted.lines[b];
  return aligned;
}

function sameStyle(a: ThemedToken["htmlStyle"], b: ThemedToken["htmlStyle"]): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Whether two token lists draw the same: same texts, same colours. */
export function sameTokens(a: ThemedToken[] | undefined, b: ThemedToken[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every(
    (token, i) => token.content === b[i]?.content && sameStyle(token.htmlStyle, b[i]?.htmlStyle),
  );
}
