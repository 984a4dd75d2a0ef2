/**
 * The heavy work on one large attachment's base64 text, done once per attachment and off the
 * main thread (media-worker.ts): for 15 MB of base64, encoding it to bytes, hashing them and
 * checking every character each take tens to hundreds of milliseconds.
 */

export interface PreparedMedia {
  /** The content's key: SHA-256 of the base64 text (or a 53-bit hash where WebCrypto is missing). */
  key: string;
  /** The text as a Blob: what IndexedDB keeps, and what a JSON request body splices in. */
  blob: Blob;
  /** Whether the text can stand between JSON quotes unescaped (base64 always can). */
  jsonSafe: boolean;
}

const JSON_SAFE_BASE64 = /^[A-Za-z0-9+/=_-]*$/;

export async function prepareMedia(data: string): Promise<PreparedMedia> {
  const bytes = new TextEncoder().encode(data);
  return {
    key: await contentKey(data, bytes),
    blob: new Blob([bytes]),
    jsonSafe: JSON_SAFE_BASE64.test(data),
  };
}

/** The text a prepared Blob holds. */
export function readMedia(blob: Blob): Promise<string> {
  return blob.text();
}

async function contentKey(data: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return `h53-${data.length}-${stringHash(data).toString(36)}`;
  const hash = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return `sha256-${Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash (not cryptographic). */
function stringHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
