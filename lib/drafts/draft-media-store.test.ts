import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { getDraftMedia, pruneDraftMedia, putDraftMedia } from "@/lib/drafts/draft-media-store";

const media = (key: string, text: string) => ({ key, blob: new Blob([text]), jsonSafe: true });
const keysOf = (found: Map<string, unknown>) => [...found.keys()];

let dbCount = 0;
const freshDb = () => `draft-media-test-${++dbCount}`;

describe("draft media in IndexedDB", () => {
  it("gives back what was stored, and leaves out what was not", async () => {
    const dbName = freshDb();
    expect(await putDraftMedia([media("a", "AAAA")], dbName)).toBe(true);
    const found = await getDraftMedia(["a", "b"], dbName);
    expect(keysOf(found)).toEqual(["a"]);
    expect(await found.get("a")?.blob.text()).toBe("AAAA");
  });

  it("drops media no draft names once they are a minute old, and keeps the rest", async () => {
    const dbName = freshDb();
    await putDraftMedia([media("named", "N"), media("orphan", "O")], dbName);
    await pruneDraftMedia(new Set(["named"]), dbName);
    expect(keysOf(await getDraftMedia(["named", "orphan"], dbName))).toEqual(["named", "orphan"]);
    await pruneDraftMedia(new Set(["named"]), dbName, Date.now() + 61_000);
    expect(keysOf(await getDraftMedia(["named", "orphan"], dbName))).toEqual(["named"]);
  });
});
