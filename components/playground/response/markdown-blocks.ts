import { Lexer } from "marked";

/**
 * Deepest container nesting (block quotes, list items) rendered as Markdown. Deeper markers show
 * as literal text: a few kB of `"- ".repeat(1500)` otherwise overflows the parser's stack or
 * builds a DOM deep enough to crash the tab.
 */
export const MAX_NESTING = 12;

/** Finished blocks are grouped so a long answer re-renders a handful of groups, not every block. */
export const BLOCKS_PER_GROUP = 24;

// One container marker at the start of what is left of a line: `>`, a bullet or an ordinal.
const MARKER = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Escapes the container markers of one line past `max` levels, so they read as text. */
function limitLine(line: string, max: number): string {
  let rest = line;
  let depth = 0;
  for (let m = MARKER.exec(rest); m; m = MARKER.exec(rest)) {
    if (depth === max) {
      const at = line.length - rest.length + m[0].search(/[>*+\-.)]/);
      return `${line.slice(0, at)}\\${line.slice(at)}`;
    }
    depth++;
    rest = rest.slice(m[0].length);
  }
  return line;
}

/** The text with nesting past `max` levels escaped; lines inside code fences stay as they are. */
export function limitNesting(text: string, max = MAX_NESTING): string {
  // Cheap exit for the usual answer: no line can be that deep without that many markers.
  if (text.length < max * 2) return text;
  const lines = text.split("\n");
  let fence: string | null = null;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const opener = FENCE.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    const limited = limitLine(line, max);
    if (limited !== line) {
      lines[i] = limited;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

/** A streaming text split into finished Markdown blocks and the still-growing last one. */
export interface MarkdownBlocks {
  /** The text this split was made from. */
  readonly source: string;
  /** Finished blocks (nesting-limited Markdown), in groups that never change once full. */
  readonly groups: readonly (readonly string[])[];
  /** How many characters of `source` the finished blocks cover. */
  readonly doneLength: number;
  /** The rest of `source` (nesting-limited): the last block, parsed again on every update. */
  readonly tail: string;
  /**
   * The fence (```` ``` ```` or `~~~`…) that opens `tail` and is not closed yet. Such a tail is
   * code text: it grows without being lexed or parsed again until a line could close it.
   */
  readonly openFence?: string;
}

const EMPTY: MarkdownBlocks = { source: "", groups: [], doneLength: 0, tail: "" };

function appendBlocks(
  groups: readonly (readonly string[])[],
  blocks: readonly string[],
): (readonly string[])[] {
  const lastGroup = groups.at(-1);
  const reopen = lastGroup !== undefined && lastGroup.length < BLOCKS_PER_GROUP;
  const next = reopen ? groups.slice(0, -1) : groups.slice();
  let open: string[] = reopen ? [...lastGroup] : [];
  for (const block of blocks) {
    if (open.length === BLOCKS_PER_GROUP) {
      next.push(open);
      open = [];
    }
    open.push(block);
  }
  if (open.length > 0) next.push(open);
  return next;
}

/** Offset just past the `count`-th newline of `text`. */
function afterNewlines(text: string, count: number): number {
  let at = 0;
  for (let n = 0; n < count; n++) at = text.indexOf("\n", at) + 1;
  return at;
}

// A fence opener on a whole first line: backtick fences take no backtick in their info string.
const FENCE_OPENER = /^(?:(`{3,})[^`\n]*|(~{3,})[^\n]*)\n/;
// A line that may close a fence; looser than CommonMark (as marked is), so a doubt re-lexes.
const FENCE_CLOSER = /^ {0,3}(`{3,}|~{3,})[~`]*[ \t]*$/;

function mayClose(fence: string, lines: string): boolean {
  for (const line of lines.split("\n")) {
    const marker = FENCE_CLOSER.exec(line)?.[1];
    if (marker && marker[0] === fence[0] && marker.length >= fence.length) return true;
  }
  return false;
}

/** The fence that opens `tail` on a whole first line and that no later line closes. */
function openFenceOf(tail: string): string | undefined {
  const opener = FENCE_OPENER.exec(tail);
  const fence = opener?.[1] ?? opener?.[2];
  if (!opener || !fence || mayClose(fence, tail.slice(opener[0].length))) return undefined;
  return fence;
}

/** An open code fence split into its language and its code so far. */
export function openFenceParts(tail: string): { lang: string | undefined; code: string } {
  const firstLine = tail.indexOf("\n");
  const info = tail
    .slice(0, firstLine)
    .replace(/^[`~]+/, "")
    .trim();
  return { lang: /^[\w+-]+/.exec(info)?.[0], code: tail.slice(firstLine + 1).replace(/\n$/, "") };
}

/**
 * Splits `text` into blocks, reusing `previous` when `text` only grew: the finished blocks are
 * kept and only the old tail plus the new text are lexed, so the cost of an update does not grow
 * with what has already arrived. Every block but the last is finished: Markdown cannot reach
 * back into a block once a later block has started.
 */
export function splitBlocks(previous: MarkdownBlocks | null, text: string): MarkdownBlocks {
  const base = previous && text.startsWith(previous.source) ? previous : EMPTY;
  if (base.source === text && base !== EMPTY) return base;
  if (base.openFence) {
    // Code arriving inside an open fence: append it unless a line (the old last one completed
    // by the new text, or a new one) could close the fence.
    const added = text.slice(base.source.length).replace(/\r/g, "");
    const lastLine = base.tail.slice(base.tail.lastIndexOf("\n") + 1);
    if (!mayClose(base.openFence, lastLine + added))
      return { ...base, source: text, tail: base.tail + added };
  }
  // Carriage returns would shift the line mapping below; Markdown treats \r\n as \n anyway.
  const rest = text.slice(base.doneLength).replace(/\r/g, "");
  const safe = limitNesting(rest);
  const tokens = new Lexer({ gfm: true }).blockTokens(safe);
  let lastContent = tokens.length - 1;
  while (lastContent > 0 && tokens[lastContent]?.type === "space") lastContent--;
  const finished = tokens.slice(0, Math.max(0, lastContent));
  const done = finished.map((t) => t.raw).join("");
  // Only whole lines can be mapped back to the original text; otherwise keep it all as tail.
  if (finished.length === 0 || !done.endsWith("\n") || !safe.startsWith(done))
    return {
      source: text,
      groups: base.groups,
      doneLength: base.doneLength,
      tail: safe,
      openFence: openFenceOf(safe),
    };
  let newlines = 0;
  for (let i = done.indexOf("\n"); i !== -1; i = done.indexOf("\n", i + 1)) newlines++;
  const originalRest = text.slice(base.doneLength);
  const consumed = afterNewlines(originalRest, newlines);
  return {
    source: text,
    groups: appendBlocks(
      base.groups,
      finished.filter((t) => t.type !== "space").map((t) => t.raw),
    ),
    doneLength: base.doneLength + consumed,
    tail: safe.slice(done.length),
    openFence: openFenceOf(safe.slice(done.length)),
  };
}
