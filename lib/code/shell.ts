/** Shell quoting shared by the cURL and Claude Code snippets. */

const SAFE = /^[\w@%+=:,./-]+$/;

/** Single-quotes text for POSIX shells: nothing inside single quotes is special except `'`. */
export function singleQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A word the shell reads back as `text`: bare when safe, double-quoted when that is enough. */
export function shellWord(text: string): string {
  if (SAFE.test(text)) return text;
  if (/^[^"$`\\!]*$/.test(text) && !text.includes("\n")) return `"${text}"`;
  return singleQuote(text);
}

/** A double-quoted word that expands one environment variable, e.g. `"x-api-key: $KEY"`. */
export function withEnv(prefix: string, variable: string): string {
  return `"${prefix}$${variable}"`;
}

/**
 * A heredoc that hands `text` to standard input unchanged: with the delimiter quoted, the shell
 * expands nothing inside, and the delimiter is chosen so that no line of `text` equals it.
 * Unlike a quoted argument, it has no size limit (Linux caps one argument at 128 kB).
 */
export function quotedHeredoc(text: string, name = "JSON"): { redirect: string; document: string } {
  const lines = new Set(text.split("\n"));
  let delimiter = name;
  for (let n = 1; lines.has(delimiter); n++) delimiter = `${name}_${n}`;
  return { redirect: `<<'${delimiter}'`, document: `${text}\n${delimiter}\n` };
}
