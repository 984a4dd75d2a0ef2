/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where a JSON.parse error happened: engines word it differently, so read every known form. */
export function jsonErrorPosition(
  text: string,
  message: string,
): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumnAt(text, Number(position[1]));
  if (/end of (JSON )?input|Unterminated/i.test(message)) return lineColumnAt(text, text.length);
  return null;
}
