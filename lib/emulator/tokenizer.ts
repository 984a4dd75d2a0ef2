/**
 * The emulator's tokenizer: a word, or a single punctuation mark, with the whitespace before it.
 * Tokens concatenate back to the exact text, so truncating to N tokens and streaming N-token
 * deltas both reproduce the same string. Usage counts, count_tokens and max_tokens share it.
 */

const TOKEN = /\s*(?:[\p{L}\p{N}_]{1,12}|[^\s\p{L}\p{N}_])|\s+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function countTokens(text: string): number {
  return tokenize(text).length;
}
