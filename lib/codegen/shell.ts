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
