import { createHash } from "node:crypto";

/**
 * Determinism: every id and choice the emulator makes comes from a hash of the request, so the
 * same request always gets the same answer.
 */

/** JSON with object keys sorted, so key order in the request does not change the hash. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function sha256(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A base62 id of `length` characters derived from `seed` and a purpose label. */
export function deriveId(seed: string, label: string, length = 24): string {
  let out = "";
  let counter = 0;
  while (out.length < length) {
    for (const byte of sha256(`${seed}:${label}:${counter}`)) {
      if (out.length >= length) break;
      out += ALPHABET[byte % ALPHABET.length];
    }
    counter += 1;
  }
  return out;
}

/** A deterministic pseudo-random integer in [0, n) for a seed and a purpose label. */
export function pick(seed: string, label: string, n: number): number {
  if (n <= 1) return 0;
  return sha256(`${seed}:${label}`).readUInt32BE(0) % n;
}

/** Chooses one item of a non-empty list deterministically. */
export function choose<T>(seed: string, label: string, items: readonly [T, ...T[]]): T {
  return items[pick(seed, label, items.length)] ?? items[0];
}
