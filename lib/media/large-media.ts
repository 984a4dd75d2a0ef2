/**
 * Large base64 images and documents in a request: finding them, and naming them without carrying
 * their data. A screenshot is megabytes of base64; anything that hashes, compares, serialises or
 * stores the whole request on an edit would pay for those megabytes each time. Callers swap the
 * data for a short name instead, remembered per source object (edits keep a block's source object
 * as it is, so a name is made once per attachment).
 */

/** Base64 data above this many characters is named by reference rather than carried. */
export const LARGE_MEDIA_CHARS = 32 * 1024;

export interface Base64Source {
  type: "base64";
  data: string;
  media_type?: string;
}

export function isLargeBase64Source(value: unknown): value is Base64Source {
  const source = value as { type?: unknown; data?: unknown } | null;
  return (
    typeof value === "object" &&
    value !== null &&
    source?.type === "base64" &&
    typeof source.data === "string" &&
    source.data.length > LARGE_MEDIA_CHARS
  );
}

/**
 * A copy of `value` in which every node that `visit` replaces (returns something other than
 * undefined for) is replaced; everything else is shared, and a value with nothing replaced comes
 * back as it is.
 */
export function mapTree<T>(value: T, visit: (node: object) => unknown): T {
  const walk = (node: unknown): unknown => {
    if (typeof node !== "object" || node === null) return node;
    const replaced = visit(node);
    if (replaced !== undefined) return replaced;
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined;
      node.forEach((item, i) => {
        const next = walk(item);
        if (next !== item) {
          copy ??= [...node];
          copy[i] = next;
        }
      });
      return copy ?? node;
    }
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(node)) {
      const next = walk(item);
      if (next !== item) {
        copy ??= { ...node };
        copy[key] = next;
      }
    }
    return copy ?? node;
  };
  return walk(value) as T;
}

/** `value` with every large base64 source replaced by `swap(source)` (see mapTree). */
export function mapLargeMedia<T>(value: T, swap: (source: Base64Source) => unknown): T {
  return mapTree(value, (node) => (isLargeBase64Source(node) ? swap(node) : undefined));
}

/** Every large base64 source in `value`, each once. */
export function largeMediaSources(value: unknown): Base64Source[] {
  const found = new Set<Base64Source>();
  mapLargeMedia(value, (source) => {
    found.add(source);
    return source;
  });
  return [...found];
}

const identities = new WeakMap<object, string>();
let nextIdentity = 0;

/** A name for this source object, for as long as it lives: cheap, but not a content hash. */
export function mediaIdentity(source: Base64Source): string {
  let name = identities.get(source);
  if (name === undefined) {
    name = `media-${++nextIdentity}:${source.data.length}`;
    identities.set(source, name);
  }
  return name;
}

/**
 * `value` with each large base64 string replaced by its identity: small enough to hash as a query
 * key or compare on every render, and different whenever an attachment is.
 */
export function withMediaIdentities<T>(value: T): T {
  return mapLargeMedia(value, (source) => ({ ...source, data: mediaIdentity(source) }));
}
