import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { formatSseEvent } from "@/lib/anthropic/sse";
import {
  clearHistory,
  deleteEntry,
  entryFor,
  listHistory,
  loadRecording,
  saveRun,
  updateEntry,
} from "@/lib/history/history-store";
import { base64ImageBlock } from "@/lib/request/request-edits";
import type { Recording } from "@/lib/run/recording";
import { outcomeOfRecording } from "@/lib/run/run-outcome";
import { sampleRecording as recording } from "@/lib/testing/sample-recording";

let dbCount = 0;
const freshDb = () => `history-test-${++dbCount}`;

async function ids(dbName: string) {
  const listed = await listHistory(dbName);
  if (!listed.ok) throw new Error(listed.error);
  return listed.value.map((e) => e.prompt);
}

describe("history in IndexedDB", () => {
  it("keeps runs newest first with a summary, and gives the recording back whole", async () => {
    const dbName = freshDb();
    expect(await saveRun(recording(1), { dbName })).toBeNull();
    expect(await saveRun(recording(2), { dbName })).toBeNull();
    const listed = await listHistory(dbName);
    if (!listed.ok) throw new Error(listed.error);
    expect(listed.value.map((e) => e.prompt)).toEqual(["prompt 2", "prompt 1"]);
    expect(listed.value[0]).toMatchObject({
      status: "done",
      httpStatus: 200,
      model: "anthropic/claude-sonnet-4.5",
      preview: "answer 2",
      outputTokens: 2,
      starred: false,
      finishedAt: 2008,
    });
    const loaded = await loadRecording(listed.value[0]?.id ?? "", dbName);
    expect(loaded).toEqual({ ok: true, value: recording(2) });
  });

  it("renames, stars, deletes and clears", async () => {
    const dbName = freshDb();
    await saveRun(recording(1), { dbName });
    await saveRun(recording(2), { dbName });
    const listed = await listHistory(dbName);
    if (!listed.ok) throw new Error(listed.error);
    const [second, first] = listed.value;
    await updateEntry(first?.id ?? "", { title: "My cats", starred: true }, dbName);
    const after = await listHistory(dbName);
    expect(after.ok && after.value.find((e) => e.id === first?.id)).toMatchObject({
      title: "My cats",
      starred: true,
    });
    await deleteEntry(second?.id ?? "", dbName);
    expect(await ids(dbName)).toEqual(["prompt 1"]);
    expect((await loadRecording(second?.id ?? "", dbName)).ok).toBe(false);
    await clearHistory(dbName);
    expect(await ids(dbName)).toEqual([]);
  });

  it("drops the oldest unstarred runs past the size limit", async () => {
    const dbName = freshDb();
    const size = JSON.stringify(recording(1)).length;
    const limits = { maxChars: size * 2 + 10, maxEntries: 100 };
    await saveRun(recording(1), { dbName, limits });
    const listed = await listHistory(dbName);
    if (!listed.ok) throw new Error(listed.error);
    await updateEntry(listed.value[0]?.id ?? "", { starred: true }, dbName);
    await saveRun(recording(2), { dbName, limits });
    expect(await saveRun(recording(3), { dbName, limits })).toBeNull();
    expect(await ids(dbName)).toEqual(["prompt 3", "prompt 1"]);
  });

  it("refuses a run larger than the whole limit with a note, keeping the rest", async () => {
    const dbName = freshDb();
    await saveRun(recording(1), { dbName });
    const note = await saveRun(recording(2, "x".repeat(5000)), {
      dbName,
      limits: { maxChars: 1000, maxEntries: 10 },
    });
    expect(note).toMatch(/larger than history's size limit/);
    expect(await ids(dbName)).toEqual(["prompt 1"]);
  });

  it("reports a damaged stored recording instead of showing it", async () => {
    const dbName = freshDb();
    const damaged = { ...recording(1), chunks: "not a list" } as unknown as Recording;
    await saveRun(damaged, { dbName });
    const listed = await listHistory(dbName);
    if (!listed.ok) throw new Error(listed.error);
    const loaded = await loadRecording(listed.value[0]?.id ?? "", dbName);
    expect(loaded).toEqual({ ok: false, error: expect.stringMatching(/could not be read/) });
  });

  it("keeps a streamed run's timing", async () => {
    const dbName = freshDb();
    const streamed: Recording = {
      ...recording(1),
      response: {
        status: 200,
        headers: [["content-type", "text/event-stream"]],
        streamed: true,
        atMs: 3,
      },
      chunks: [
        { atMs: 10, text: formatSseEvent("ping", { type: "ping" }) },
        { atMs: 20, text: formatSseEvent("message_stop", { type: "message_stop" }) },
      ],
    };
    await saveRun(streamed, { dbName });
    const listed = await listHistory(dbName);
    if (!listed.ok) throw new Error(listed.error);
    const loaded = await loadRecording(listed.value[0]?.id ?? "", dbName);
    expect(loaded.ok && loaded.value.chunks.map((c) => c.atMs)).toEqual([10, 20]);
  });
});

describe("a history entry", () => {
  it("measures the recording's JSON, attachments included, and takes a known outcome as it is", () => {
    const withImage = recording(1);
    withImage.request.body.messages = [
      { role: "user", content: [base64ImageBlock("image/png", "QUJD".repeat(20_000))] },
    ];
    const derived = entryFor(withImage, "a");
    expect(derived.chars).toBe(JSON.stringify(withImage).length);
    expect(derived.preview).toBe("answer 1");
    const known = { ...outcomeOfRecording(withImage), preview: "as the live run ended" };
    expect(entryFor(withImage, "b", known).preview).toBe("as the live run ended");
  });
});

describe("history where storage is blocked", () => {
  it("tells the user, and every call still resolves", async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser with site storage blocked has no usable indexedDB
    delete globalThis.indexedDB;
    try {
      const dbName = freshDb();
      expect(await saveRun(recording(1), { dbName })).toMatch(/blocks site storage/);
      expect(await listHistory(dbName)).toEqual({
        ok: false,
        error: expect.stringMatching(/blocks site storage/),
      });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe("history when storage is full", () => {
  it("drops the oldest unstarred half, keeps the new run, and says nothing else broke", async () => {
    const dbName = freshDb();
    for (const n of [1, 2, 3, 4, 5]) await saveRun(recording(n), { dbName });
    const original = IDBObjectStore.prototype.put;
    let refusals = 1;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["put"]>
    ) {
      if (this.name === "recordings" && refusals-- > 0) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return original.apply(this, args);
    };
    try {
      expect(await saveRun(recording(6), { dbName })).toMatch(/the 3 oldest runs were removed/);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await ids(dbName)).toEqual(["prompt 6", "prompt 5", "prompt 4"]);
  });

  it("says so when even that does not make room", async () => {
    const dbName = freshDb();
    await saveRun(recording(1), { dbName });
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["put"]>
    ) {
      if (this.name === "recordings") throw new DOMException("Full.", "QuotaExceededError");
      return original.apply(this, args);
    };
    try {
      expect(await saveRun(recording(2), { dbName })).toMatch(/storage for this site is full/);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    // No half-written entry: the list shows only what is whole.
    expect(await ids(dbName)).toEqual([]);
  });
});
