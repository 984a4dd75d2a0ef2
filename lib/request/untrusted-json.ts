/**
 * JSON from outside the page (a share link, a run file) is read through here: size first, then
 * syntax, and no key that could reach an object's prototype when the value is later merged.
 */
export type UntrustedJson = { ok: true; value: unknown } | { ok: false; error: string };

const POLLUTING_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function parseUntrustedJson(text: string, what: string, maxChars: number): UntrustedJson {
  if (text.length > maxChars) {
    const limit = `${Math.round(maxChars / 1_000_000)} MB`;
    return { ok: false, error: `The ${what} is too large to read (over ${limit}).` };
  }
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, inner: unknown) => {
      if (POLLUTING_KEYS.has(key)) forbidden ??= key;
      return inner;
    });
  } catch {
    return { ok: false, error: `The ${what} is damaged: it is not valid JSON.` };
  }
  if (forbidden) {
    return { ok: false, error: `The ${what} was refused: it contains the key “${forbidden}”.` };
  }
  return { ok: true, value };
}

/** The first problem zod found, as a path a person can follow. */
export function describeIssue(
  issue: { path: readonly PropertyKey[]; message: string } | undefined,
): string {
  if (!issue) return "it does not have the expected shape";
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
