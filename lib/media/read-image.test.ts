import { describe, expect, it } from "vitest";
import { formatBytes } from "@/lib/format/format-bytes";
import { readImageFile } from "./read-image";

describe("readImageFile", () => {
  it("turns a PNG into a base64 image block", async () => {
    const file = new File([new Uint8Array([137, 80, 78, 71])], "a.png", { type: "image/png" });
    const result = await readImageFile(file);
    expect(result).toEqual({
      ok: true,
      block: {
        type: "image",
        source: { type: "base64", media_type: "image/png", data: "iVBORw==" },
      },
    });
  });

  it("refuses other file types with a clear message", async () => {
    const file = new File(["x"], "notes.txt", { type: "text/plain" });
    const result = await readImageFile(file);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/only JPEG, PNG, GIF or WebP/),
    });
  });
});

describe("sizes", () => {
  it("formats byte counts", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(6 * 1024 * 1024)).toBe("6.0 MB");
  });
});
