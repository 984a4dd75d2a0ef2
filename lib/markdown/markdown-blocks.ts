import { Lexer, type Token, type Tokens } from "marked";

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

/**
 * A long list, table or paragraph, kept as pieces (runs of its items, rows or lines) that are
 * each lexed and rendered once, so a list that makes up the whole answer costs what a short
 * paragraph does.
 */
export interface PiecedBlock {
  readonly kind: "list" | "table" | "paragraph";
  /** Lexed before each piece and not shown with it: a table's header and delimiter rows. */
  readonly head: string;
  readonly ordered: boolean;
  /** An ordered list's first number. */
  readonly start: number;
  /** A list with blank lines between its items: every item's text is a paragraph. */
  readonly loose: boolean;
  /** The items or rows so far, in runs that never change once made (head not included). */
  readonly pieces: readonly string[];
}

/** A finished top-level block: Markdown text, or a block that grew too long to parse again. */
export type FinishedBlock = string | PiecedBlock;

/** The Markdown a finished block was made from (a pieced block's head, then its pieces). */
export function blockMarkdown(block: FinishedBlock): string {
  return typeof block === "string" ? block : block.head + block.pieces.join("");
}

/** A streaming text split into finished Markdown blocks and the still-growing last one. */
export interface MarkdownBlocks {
  /** The text this split was made from. */
  readonly source: string;
  /** Finished blocks (nesting-limited Markdown), in groups that never change once full. */
  readonly groups: readonly (readonly FinishedBlock[])[];
  /** How many characters of `source` the finished blocks (and `open`'s pieces) cover. */
  readonly doneLength: number;
  /**
   * The rest of `source` (nesting-limited): the last block, parsed again on every update. With
   * `open`, only the last items, rows or lines of that block.
   */
  readonly tail: string;
  /**
   * The fence (```` ``` ```` or `~~~`…) that opens `tail` and is not closed yet. Such a tail is
   * code text: it grows without being lexed or parsed again until a line could close it.
   */
  readonly openFence?: string;
  /** The long block the tail continues: its finished items, rows or lines, kept as pieces. */
  readonly open?: PiecedBlock;
}

/**
 * A list, table or paragraph tail longer than this is cut: its items, rows or lines but the
 * last become a piece. It bounds what each update lexes and renders again.
 */
export const PIECE_CHARS = 1000;

const EMPTY: MarkdownBlocks = { source: "", groups: [], doneLength: 0, tail: "" };

function appendBlocks(
  groups: readonly (readonly FinishedBlock[])[],
  blocks: readonly FinishedBlock[],
): (readonly FinishedBlock[])[] {
  const lastGroup = groups.at(-1);
  const reopen = lastGroup !== undefined && lastGroup.length < BLOCKS_PER_GROUP;
  const next = reopen ? groups.slice(0, -1) : groups.slice();
  let open: FinishedBlock[] = reopen ? [...lastGroup] : [];
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

function newlinesIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Index of the last token that is not blank space (0 when there is none). */
function lastContentIndex(tokens: readonly Token[]): number {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]?.type === "space") last--;
  return last;
}

// An unfinished last line of markers and numbers alone, no words yet ("12", "*", "-", "#").
const UNSETTLED_LINE = /^[ \t]*[-*+#>=_~`|:.)\d]*[ \t]*$/;

/**
 * The last content token, unless it is an unfinished last line without words: "12" reads as a
 * paragraph that ends the list before it, "*" as a list of its own, though "12. …" and "*some
 * emphasis*" would not. Until that line has words, the block before it is not finished either.
 */
function lastSettledIndex(tokens: readonly Token[], lexed: string): number {
  const last = lastContentIndex(tokens);
  const token = tokens[last];
  const unsettled =
    !lexed.endsWith("\n") &&
    lexed.endsWith(token?.raw ?? "\n") &&
    UNSETTLED_LINE.test(token?.raw ?? "");
  if (last === 0 || !unsettled) return last;
  let before = last - 1;
  while (before > 0 && tokens[before]?.type === "space") before--;
  return before;
}

// In plain text: a delimiter a later line could still pair with (an intraword `_` cannot).
const OPEN_DELIMITER = /[*~`[\]<]|(?<!\w)_|_(?!\w)/;

/**
 * A paragraph's lines as two units: those before the last line where it can be cut, and the
 * rest. A cut falls at a soft line break in plain text, with no delimiter before it that a later
 * line could pair with; before a line that starts with a letter (so the rest, lexed alone, is
 * still a paragraph) and after one without a hard break.
 */
function paragraphUnits(raw: string): string[] {
  let cut = 0;
  let at = 0;
  for (const token of Lexer.lexInline(raw, { gfm: true })) {
    const start = at;
    at += token.raw.length;
    if (token.type === "escape" || token.type === "br") continue;
    if (token.type !== "text") continue;
    if (OPEN_DELIMITER.test(token.raw)) break;
    for (let i = token.raw.indexOf("\n"); i !== -1; i = token.raw.indexOf("\n", i + 1)) {
      const next = start + i + 1;
      if (/^\p{L}/u.test(raw.slice(next, next + 1)) && !/( {2}|\\)$/.test(raw.slice(0, next - 1)))
        cut = next;
    }
  }
  return cut > 0 ? [raw.slice(0, cut), raw.slice(cut)] : [raw];
}

/** The units a block is cut at: a list's items, a table's rows or a paragraph's lines. */
function unitsOf(token: Token): string[] {
  if (token.type === "list") return (token as Tokens.List).items.map((item) => item.raw);
  if (token.type === "paragraph") return paragraphUnits(token.raw);
  return token.raw
    .split("\n")
    .slice(2)
    .map((row) => `${row}\n`);
}

/**
 * Moves all but the last item or row of `split`'s tail into a new piece of `open`. `prefix` is
 * text of the tail before the first unit that the piece consumes unshown (a table's head, the
 * first time). Returns `split` as it is when the tail cannot be cut on whole lines.
 */
function cutPiece(
  split: MarkdownBlocks,
  open: PiecedBlock,
  units: readonly string[],
  prefix: string,
): MarkdownBlocks {
  const piece = units.slice(0, -1).join("");
  const consumedText = prefix + piece;
  if (!piece || !consumedText.endsWith("\n") || !split.tail.startsWith(consumedText)) return split;
  const consumed = afterNewlines(split.source.slice(split.doneLength), newlinesIn(consumedText));
  return {
    source: split.source,
    groups: split.groups,
    doneLength: split.doneLength + consumed,
    tail: split.tail.slice(consumedText.length),
    open: { ...open, pieces: [...open.pieces, piece] },
  };
}

/** Starts keeping a long list, table or paragraph tail as pieces; any other tail stays whole. */
function startPieces(split: MarkdownBlocks, last: Token | undefined): MarkdownBlocks {
  if (split.tail.length <= PIECE_CHARS || !last) return split;
  const fresh = { head: "", ordered: false, start: 1, loose: false, pieces: [] };
  if (last.type === "list") {
    const list = last as Tokens.List;
    const start = typeof list.start === "number" ? list.start : 1;
    const open = {
      ...fresh,
      kind: "list",
      ordered: list.ordered,
      start,
      loose: list.loose,
    } as const;
    return cutPiece(split, open, unitsOf(list), "");
  }
  if (last.type === "table") {
    const head = `${last.raw.split("\n").slice(0, 2).join("\n")}\n`;
    return cutPiece(split, { ...fresh, kind: "table", head }, unitsOf(last), head);
  }
  if (last.type === "paragraph")
    return cutPiece(split, { ...fresh, kind: "paragraph" }, unitsOf(last), "");
  return split;
}

/** Lexes what follows the finished blocks: every block but the last is finished. */
function splitRest(base: MarkdownBlocks, text: string): MarkdownBlocks {
  // Carriage returns would shift the line mapping below; Markdown treats \r\n as \n anyway.
  const rest = text.slice(base.doneLength).replace(/\r/g, "");
  const safe = limitNesting(rest);
  const tokens = new Lexer({ gfm: true }).blockTokens(safe);
  const lastContent = lastSettledIndex(tokens, safe);
  const finished = tokens.slice(0, Math.max(0, lastContent));
  const done = finished.map((t) => t.raw).join("");
  // Only whole lines can be mapped back to the original text; otherwise keep it all as tail.
  const mapped = finished.length > 0 && done.endsWith("\n") && safe.startsWith(done);
  const tail = mapped ? safe.slice(done.length) : safe;
  const blocks = finished.filter((t) => t.type !== "space").map((t) => t.raw);
  return startPieces(
    {
      source: text,
      groups: mapped ? appendBlocks(base.groups, blocks) : base.groups,
      doneLength:
        base.doneLength +
        (mapped ? afterNewlines(text.slice(base.doneLength), newlinesIn(done)) : 0),
      tail,
      openFence: openFenceOf(tail),
    },
    tokens[lastContent],
  );
}

/**
 * Splits what follows the pieces of an open block: lexed after a table's head, so rows read as
 * rows. While the block is all there is, its tail is cut into pieces; once another block
 * follows, its last items, rows or lines close it and the rest is split as usual.
 */
function continuePieces(base: MarkdownBlocks, open: PiecedBlock, text: string): MarkdownBlocks {
  const safe = limitNesting(text.slice(base.doneLength).replace(/\r/g, ""));
  const lexed = open.head + safe;
  const tokens = new Lexer({ gfm: true }).blockTokens(lexed);
  const first = tokens[0];
  const continues =
    first?.type === open.kind &&
    (open.kind !== "list" || (first as Tokens.List).ordered === open.ordered);
  // Blank lines between later items make the whole list loose, its earlier pieces too.
  const loose = open.loose || (continues && open.kind === "list" && (first as Tokens.List).loose);
  const current = loose === open.loose ? open : { ...open, loose };
  const kept = {
    source: text,
    groups: base.groups,
    doneLength: base.doneLength,
    tail: safe,
    open: current,
  };
  if (!first) return kept;
  const next =
    lastSettledIndex(tokens, lexed) > 0
      ? tokens.findIndex((t, i) => i > 0 && t.type !== "space")
      : -1;
  if (continues && next === -1)
    return safe.length > PIECE_CHARS ? cutPiece(kept, current, unitsOf(first), "") : kept;
  // The block has ended: what is left of it (if it went on) is its last piece.
  const lexedEnd = continues
    ? tokens
        .slice(0, next)
        .map((t) => t.raw)
        .join("")
    : open.head;
  const last = lexedEnd.slice(open.head.length);
  const lastFits = last.endsWith("\n") && safe.startsWith(last);
  const closed = lastFits && last.trim() ? { ...current, pieces: [...open.pieces, last] } : current;
  const consumed = lastFits ? afterNewlines(text.slice(base.doneLength), newlinesIn(last)) : 0;
  const doneLength = base.doneLength + consumed;
  return splitRest(
    {
      source: text.slice(0, doneLength),
      // A finished pieced block starts a group: where the renderer drew it while it was open.
      groups: appendBlocks([...base.groups, []], [closed]),
      doneLength,
      tail: "",
    },
    text,
  );
}

/**
 * A finished answer as `splitBlocks` should see it: its last line ended, so a block that begins
 * there is taken as it reads (while streaming, that line may still change what it is).
 */
export function settledText(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

/**
 * Splits `text` into blocks, reusing `previous` when `text` only grew: the finished blocks are
 * kept and only the old tail plus the new text are lexed, so the cost of an update does not grow
 * with what has already arrived. Every block but the last is finished: Markdown cannot reach
 * back into a block once a later block has started. A long list, table or paragraph as the last block is
 * cut into pieces at its items or rows, for the same reason.
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
  return base.open ? continuePieces(base, base.open, text) : splitRest(base, text);
}
