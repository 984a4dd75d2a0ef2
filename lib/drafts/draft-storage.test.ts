import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { getDraftMedia } from "@/lib/drafts/draft-media-store";
import { DRAFT_MEDIA_REF, loadDraft, saveDraft, saveDraftNow } from "@/lib/drafts/draft-storage";
import { LARGE_MEDIA_CHARS } from "@/lib/media/large-media";
import { prepareMedia } from "@/lib/media/media-work";
import { base64ImageBlock } from "@/lib/request/request-edits";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { memoryStorage } from "@/lib/testing/memory-storage";

let dbCount = 0;
const freshDb = () => `draft-test-${++dbCount}`;

/** Base64 of `chars` characters that differs with `seed`, like a real attachment's data. */
const base64 = (chars: number, seed = 0) =>
  Array.from({ length: chars }, (_, i) => "ABCDEFGHabcdefgh0123456789+/"[(i * 7 + seed) % 28]).join(
    "",
  );

function withImages(...data: string[]): PlaygroundRequest {
  const request = defaultRequest();
  request.body.messages = [
    {
      role: "user",
      content: [
        { type: "text", text: "What is in these?" },
        ...data.map((d) => base64ImageBlock("image/png", d)),
      ],
    },
  ];
  return request;
}

describe("draft storage", () => {
  it("saves and loads the request", async () => {
    const storage = memoryStorage();
    const request = { ...defaultRequest(), betas: ["context-1m-2025-08-07"] };
    request.body.model = "openai/gpt-5";
    expect(await saveDraft(storage, request, freshDb())).toBe(true);
    expect(await loadDraft(storage)).toEqual(request);
  });

  it("returns null when nothing is saved", async () => {
    expect(await loadDraft(memoryStorage())).toBeNull();
  });

  it.each([
    ["not JSON", "{oops"],
    ["null", "null"],
    ["a number", "42"],
    ["no messages", JSON.stringify({ body: { model: "m", max_tokens: 1 }, betas: [] })],
    [
      "a bad role",
      JSON.stringify({
        body: { model: "m", max_tokens: 1, messages: [{ role: "x", content: "" }] },
      }),
    ],
  ])("treats %s as no draft", async (_label, raw) => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.draft, raw);
    expect(await loadDraft(storage)).toBeNull();
  });

  it("fills in missing betas", async () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.draft, JSON.stringify({ body: defaultRequest().body }));
    expect((await loadDraft(storage))?.betas).toEqual([]);
  });

  it("reports a full storage instead of throwing", async () => {
    expect(await saveDraft(memoryStorage(10), defaultRequest(), freshDb())).toBe(false);
  });

  it("keeps large attachments in IndexedDB and names them in the stored draft", async () => {
    const dbName = freshDb();
    // Web storage of 1 MB, as if the browser's quota were near: the images alone are 2 MB.
    const storage = memoryStorage(1_000_000);
    const large = [base64(1_000_000, 1), base64(1_000_000, 2)];
    const small = base64(100);
    const request = withImages(...large, small);
    expect(await saveDraft(storage, request, dbName)).toBe(true);

    const stored = storage.getItem(STORAGE_KEYS.draft) ?? "";
    expect(stored.length).toBeLessThan(2000);
    expect(stored).toContain(small);
    const keys = await Promise.all(large.map(async (data) => (await prepareMedia(data)).key));
    for (const key of keys) expect(stored).toContain(`${DRAFT_MEDIA_REF}${key}`);
    const kept = [...(await getDraftMedia(keys, dbName)).values()];
    expect(await Promise.all(kept.map(({ blob }) => blob.text()))).toEqual(large);

    expect(await loadDraft(storage, dbName)).toEqual(request);
  });

  it("writes an attachment once, keyed by its content", async () => {
    const dbName = freshDb();
    const storage = memoryStorage();
    const data = base64(LARGE_MEDIA_CHARS + 1);
    // Two blocks, two source objects, one content.
    await saveDraft(storage, withImages(data, data.slice()), dbName);
    const [key] = [...(storage.getItem(STORAGE_KEYS.draft) ?? "").matchAll(/media:([\w-]+)/g)].map(
      (match) => match[1],
    );
    expect(key).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect((storage.getItem(STORAGE_KEYS.draft) ?? "").split(key as string)).toHaveLength(3);
    const loaded = await loadDraft(storage, dbName);
    expect(loaded).toEqual(withImages(data, data));
  });

  it("turns an attachment no longer in storage into a note, keeping the rest", async () => {
    const storage = memoryStorage();
    await saveDraft(storage, withImages(base64(LARGE_MEDIA_CHARS + 10)), freshDb());
    const loaded = await loadDraft(storage, freshDb());
    expect(loaded?.body.messages[0]?.content).toEqual([
      { type: "text", text: "What is in these?" },
      { type: "text", text: "[image left out: this browser could not keep it with the draft]" },
    ]);
  });

  it("saves at once on leaving: attachments already keyed are named, newer ones left out", async () => {
    const dbName = freshDb();
    const storage = memoryStorage();
    const kept = base64(LARGE_MEDIA_CHARS + 1, 3);
    const request = withImages(kept);
    await saveDraft(storage, request, dbName);
    const newer = base64(LARGE_MEDIA_CHARS + 1, 4);
    const content = request.body.messages[0]?.content as unknown[];
    const later: PlaygroundRequest = {
      ...request,
      body: {
        ...request.body,
        messages: [
          { role: "user", content: [...content, base64ImageBlock("image/png", newer)] as never },
        ],
      },
    };
    expect(saveDraftNow(storage, later)).toBe(true);
    const loaded = await loadDraft(storage, dbName);
    expect(loaded?.body.messages[0]?.content).toEqual([
      { type: "text", text: "What is in these?" },
      base64ImageBlock("image/png", kept),
      { type: "text", text: "[image left out: this browser could not keep it with the draft]" },
    ]);
  });
});
