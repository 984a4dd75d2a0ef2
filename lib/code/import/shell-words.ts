import { ImportError } from "./tokens";

/** A shell word after quote removal, or a control operator (`|`, `;`, `&&`, newline …). */
export interface ShellToken {
  kind: "word" | "operator";
  text: string;
  line: number;
}

interface ShellParse {
  tokens: ShellToken[];
  /** The bodies of heredocs, in order, each tied to the token index of its `<<` operator. */
  heredocs: Map<number, string>;
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  b: "\b",
  f: "\f",
  v: "\v",
  a: "\u0007",
  e: "\u001b",
  E: "\u001b",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

/**
 * Splits POSIX shell text into words the way bash would hand them to a program, without
 * expanding anything: `$VAR` stays as written. Understands single, double and `$'…'` quotes,
 * backslashes, line continuations, comments and heredocs (`<<EOF`, `<<'EOF'`, `<<-EOF`).
 */
export function splitShellWords(source: string): ShellParse {
  const tokens: ShellToken[] = [];
  const heredocs = new Map<number, string>();
  const pending: { index: number; delimiter: string; stripTabs: boolean }[] = [];
  let i = 0;
  let line = 1;
  let word: string | undefined;
  const flush = () => {
    if (word !== undefined) tokens.push({ kind: "word", text: word, line });
    word = undefined;
  };
  const readHeredocs = () => {
    for (const doc of pending) {
      const lines: string[] = [];
      for (;;) {
        if (i >= source.length) {
          throw new ImportError(`the heredoc ending with \`${doc.delimiter}\` is not closed`, line);
        }
        const end = source.indexOf("\n", i);
        let text = source.slice(i, end === -1 ? source.length : end);
        i = end === -1 ? source.length : end + 1;
        line++;
        if (doc.stripTabs) text = text.replace(/^\t+/, "");
        if (text === doc.delimiter) break;
        lines.push(text);
      }
      heredocs.set(doc.index, lines.map((text) => `${text}\n`).join(""));
    }
    pending.length = 0;
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (char === "\\") {
      const next = source[i + 1];
      if (next === "\n") line++;
      else if (next !== undefined) word = (word ?? "") + next;
      i += 2;
    } else if (char === "'") {
      const end = source.indexOf("'", i + 1);
      if (end === -1) throw new ImportError("a single-quoted string is not closed", line);
      const text = source.slice(i + 1, end);
      word = (word ?? "") + text;
      line += text.split("\n").length - 1;
      i = end + 1;
    } else if (char === "$" && source[i + 1] === "'") {
      const read = readAnsiC(source, i + 2, line);
      word = (word ?? "") + read.value;
      line += source.slice(i, read.end).split("\n").length - 1;
      i = read.end;
    } else if (char === '"') {
      i++;
      let text = "";
      for (;;) {
        if (i >= source.length) throw new ImportError("a double-quoted string is not closed", line);
        const c = source[i] as string;
        if (c === '"') break;
        if (c === "\\" && /[$`"\\\n]/.test(source[i + 1] ?? "")) {
          if (source[i + 1] !== "\n") text += source[i + 1];
          else line++;
          i += 2;
          continue;
        }
        if (c === "\n") line++;
        text += c;
        i++;
      }
      word = (word ?? "") + text;
      i++;
    } else if (char === "#" && word === undefined) {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (char === "\n") {
      flush();
      tokens.push({ kind: "operator", text: "\n", line });
      i++;
      line++;
      readHeredocs();
    } else if (/\s/.test(char)) {
      flush();
      i++;
    } else if (source.startsWith("<<<", i)) {
      flush();
      tokens.push({ kind: "operator", text: "<<<", line });
      i += 3;
    } else if (source.startsWith("<<", i)) {
      flush();
      const match = /^<<(-?)[ \t]*(?:'([^']*)'|"([^"]*)"|\\?([^\s;|&<>()]+))/.exec(source.slice(i));
      if (!match) throw new ImportError("a heredoc has no delimiter", line);
      pending.push({
        index: tokens.length,
        delimiter: match[2] ?? match[3] ?? match[4] ?? "",
        stripTabs: match[1] === "-",
      });
      tokens.push({ kind: "operator", text: "<<", line });
      i += match[0].length;
    } else if (/[|&;<>()]/.test(char)) {
      flush();
      const op = /^(\|\||&&|;;|[|&;<>()])/.exec(source.slice(i))?.[0] ?? char;
      tokens.push({ kind: "operator", text: op, line });
      i += op.length;
    } else {
      word = (word ?? "") + char;
      i++;
    }
  }
  flush();
  if (pending.length > 0) readHeredocs();
  return { tokens, heredocs };
}

function readAnsiC(source: string, start: number, line: number): { value: string; end: number } {
  let i = start;
  let value = "";
  for (;;) {
    if (i >= source.length) throw new ImportError("a $'…' string is not closed", line);
    const char = source[i] as string;
    if (char === "'") return { value, end: i + 1 };
    if (char !== "\\") {
      value += char;
      i++;
      continue;
    }
    const next = source[i + 1] ?? "";
    const hex = /^(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8})/.exec(
      source.slice(i + 1),
    );
    if (next in ANSI_ESCAPES) {
      value += ANSI_ESCAPES[next];
      i += 2;
    } else if (hex) {
      value += String.fromCodePoint(Number.parseInt(hex[0].slice(1), 16));
      i += 1 + hex[0].length;
    } else if (/[0-7]/.test(next)) {
      const digits = (/^[0-7]{1,3}/.exec(source.slice(i + 1)) as RegExpExecArray)[0];
      value += String.fromCodePoint(Number.parseInt(digits, 8));
      i += 1 + digits.length;
    } else {
      value += char + next;
      i += 2;
    }
  }
}
