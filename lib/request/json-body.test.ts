import { describe, expect, it } from "vitest";
import { LARGE_MEDIA_CHARS } from "@/lib/media/large-media";
import { jsonBody } from "@/lib/request/json-body";

const image = (data: string) => ({
  type: "image",
  source: { type: "base64", media_type: "image/png", data },
});

describe("jsonBody", () => {
  it("is the JSON text when no large media are inside", async () => {
    const body = { model: "m", messages: [{ role: "user", content: [image("AAAA")] }] };
    expect(await jsonBody(body)).toBe(JSON.stringify(body));
  });

  it("splices large base64 data in as Blobs, giving exactly the JSON text", async () => {
    const a = "QUJD".repeat(LARGE_MEDIA_CHARS / 2);
    const b = `${"x/+9".repeat(LARGE_MEDIA_CHARS / 2)}==`;
    const body = {
      model: "m",
      messages: [
        { role: "user", content: [image(a), { type: "text", text: '\u0000"hi"' }, image(b)] },
      ],
    };
    const posted = await jsonBody(body);
    expect(posted).toBeInstanceOf(Blob);
    expect((posted as Blob).type).toBe("application/json");
    expect(await (posted as Blob).text()).toBe(JSON.stringify(body));
  });

  it("leaves data that would need escaping to JSON.stringify", async () => {
    const odd = `${"A".repeat(LARGE_MEDIA_CHARS)}"\n`;
    const body = { messages: [{ role: "user", content: [image(odd)] }] };
    expect(await jsonBody(body)).toBe(JSON.stringify(body));
  });
});
