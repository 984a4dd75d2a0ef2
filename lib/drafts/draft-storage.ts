import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { getDraftMedia, pruneDraftMedia, putDraftMedia } from "@/lib/drafts/draft-media-store";
import {
  type Base64Source,
  isLargeBase64Source,
  largeMediaSources,
  mapTree,
} from "@/lib/media/large-media";
import { knownMedia, mediaText, preparedMedia, rememberMedia } from "@/lib/media/media-jobs";
import { parsePlaygroundRequest } from "@/lib/request/parse-request";
import { DATABASE_NAMES, STORAGE_KEYS } from "@/lib/storage/storage-keys";

/**
 * In the stored draft, a large attachment's data is this prefix and its content key; the data is
 * in IndexedDB (draft-media-store.ts). Base64 never contains ":", so no real data looks like it.
 */
export const DRAFT_MEDIA_REF = "zenmux-draft-media:";

type Block = { type?: unknown; source?: unknown };

/** What stands in for an attachment the draft could not keep, so the request stays valid. */
function leftOut(block: Block): { type: "text"; text: string } {
  const kind = block.type === "document" ? "document" : "image";
  return {
    type: "text",
    text: `[${kind} left out: this browser could not keep it with the draft]`,
  };
}

function mediaRef(block: Block): string | null {
  const source = block.source as { type?: unknown; data?: unknown } | undefined;
  return source?.type === "base64" &&
    typeof source.data === "string" &&
    source.data.startsWith(DRAFT_MEDIA_REF)
    ? source.data.slice(DRAFT_MEDIA_REF.length)
    : null;
}

/** The draft as stored, its large attachments named by `keyOf` (or left out where it has none). */
function storedText(
  request: PlaygroundRequest,
  keyOf: (source: Base64Source) => string | undefined,
): string {
  const body = mapTree(request.body, (node) => {
    const block = node as Block;
    if (!isLargeBase64Source(block.source)) return undefined;
    const key = keyOf(block.source);
    return key === undefined
      ? leftOut(block)
      : { ...block, source: { ...block.source, data: `${DRAFT_MEDIA_REF}${key}` } };
  });
  return JSON.stringify({ ...request, body });
}

/**
 * The request last edited in this browser, with its attachments, or null when none is stored or
 * it is unreadable. An attachment no longer in storage becomes a note saying so.
 */
export async function loadDraft(
  storage: Storage,
  dbName: string = DATABASE_NAMES.draftMedia,
): Promise<PlaygroundRequest | null> {
  let stored: PlaygroundRequest | null;
  try {
    const raw = storage.getItem(STORAGE_KEYS.draft);
    stored = raw ? parsePlaygroundRequest(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
  if (!stored) return null;
  const keys: string[] = [];
  mapTree(stored.body, (node) => {
    const key = mediaRef(node);
    if (key !== null) keys.push(key);
    return undefined;
  });
  if (keys.length === 0) return stored;
  const media = await getDraftMedia(keys, dbName);
  const texts = new Map(
    await Promise.all(
      [...media].map(
        async ([key, { blob }]) => [key, await mediaText(blob).catch(() => null)] as const,
      ),
    ),
  );
  const body = mapTree(stored.body, (node) => {
    const key = mediaRef(node);
    if (key === null) return undefined;
    const prepared = media.get(key);
    const data = texts.get(key);
    if (!prepared || typeof data !== "string") return leftOut(node);
    const block = node as Block & { source: Base64Source };
    const source = { ...block.source, data };
    // It was stored prepared: saving or posting it again needs no new digest.
    rememberMedia(source, prepared);
    return { ...block, source };
  });
  return { ...stored, body };
}

/**
 * Saves the draft: large attachments into IndexedDB (each once), the rest into `storage`, which
 * names them. Resolves to false when `storage` refuses the draft (full, or disabled).
 */
export async function saveDraft(
  storage: Storage,
  request: PlaygroundRequest,
  dbName: string = DATABASE_NAMES.draftMedia,
): Promise<boolean> {
  const sources = largeMediaSources(request.body);
  const prepared = await Promise.all(
    sources.map((source) => preparedMedia(source).catch(() => null)),
  );
  const media = prepared.filter((done) => done !== null);
  const kept = await putDraftMedia(media, dbName);
  const saved = write(
    storage,
    storedText(request, (source) => (kept ? knownMedia(source)?.key : undefined)),
  );
  if (saved && kept) await pruneDraftMedia(new Set(media.map(({ key }) => key)), dbName);
  return saved;
}

/**
 * Saves at once, for a page that is going away: attachments whose content key is known are
 * named (their save is done or under way), others are left out with a note.
 */
export function saveDraftNow(storage: Storage, request: PlaygroundRequest): boolean {
  return write(
    storage,
    storedText(request, (source) => knownMedia(source)?.key),
  );
}

function write(storage: Storage, text: string): boolean {
  try {
    storage.setItem(STORAGE_KEYS.draft, text);
    return true;
  } catch {
    return false;
  }
}
