import { describe, expect, it } from "vitest";
import { prepareMedia, readMedia } from "@/lib/media/media-work";

describe("prepareMedia", () => {
  it("keys content by the SHA-256 of its text, the same for equal data", async () => {
    const data = "QUJD".repeat(1000);
    const { key, blob, jsonSafe } = await prepareMedia(data);
    const expected = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(data));
    expect(key).toBe(`sha256-${Buffer.from(expected).toString("hex")}`);
    expect((await prepareMedia(data.slice())).key).toBe(key);
    expect((await prepareMedia(`${data}QQ==`)).key).not.toBe(key);
    expect(jsonSafe).toBe(true);
    expect(await readMedia(blob)).toBe(data);
  });

  it("says when the text would need escaping in JSON", async () => {
    expect((await prepareMedia('not "base64"\n')).jsonSafe).toBe(false);
  });
});
