import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES } from "@/lib/anthropic/protocol";
import { readJsonBody } from "./request-body";

const post = (body: BodyInit, headers?: HeadersInit) =>
  new Request("http://proxy.test/v1/messages", { method: "POST", body, headers });

describe("readJsonBody", () => {
  it("returns the original bytes alongside the parsed object", async () => {
    const text = '{"model":"m",  "n": 1.50, "s":"\\u00e9"}';
    const result = await readJsonBody(post(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new TextDecoder().decode(result.bytes)).toBe(text);
    expect(result.json).toEqual({ model: "m", n: 1.5, s: "é" });
  });

  it("refuses invalid JSON with a 400 saying so", async () => {
    const result = await readJsonBody(post("{not json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.status).toBe(400);
    expect(result.refusal.type).toBe("invalid_request_error");
    expect(result.refusal.message).toMatch(/^Request body is not valid JSON/);
  });

  it("refuses an empty body as invalid JSON", async () => {
    const result = await readJsonBody(post(""));
    expect(result.ok ? undefined : result.refusal.message).toMatch(/not valid JSON/);
  });

  it.each([
    ["[1,2]", "an array"],
    ["null", "null"],
    ["42", "a number"],
    ['"text"', "a string"],
  ])("refuses %s as not an object", async (text, kind) => {
    const result = await readJsonBody(post(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.status).toBe(400);
    expect(result.refusal.message).toBe(`Request body must be a JSON object, not ${kind}.`);
  });

  it("refuses a body over 32 MB with 413 request_too_large", async () => {
    const big = new Uint8Array(MAX_REQUEST_BYTES + 1).fill(32);
    const result = await readJsonBody(post(big));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.status).toBe(413);
    expect(result.refusal.type).toBe("request_too_large");
  });

  it("refuses by declared content-length before reading", async () => {
    const result = await readJsonBody(
      new Request("http://proxy.test/", {
        method: "POST",
        body: "{}",
        headers: { "content-length": String(MAX_REQUEST_BYTES + 1) },
      }),
    );
    expect(result.ok ? 0 : result.refusal.status).toBe(413);
  });

  it("accepts a body of exactly 32 MB", async () => {
    const big = new Uint8Array(MAX_REQUEST_BYTES).fill(32);
    big[0] = 123; // {
    big[MAX_REQUEST_BYTES - 1] = 125; // }
    const result = await readJsonBody(post(big));
    expect(result.ok).toBe(true);
  });
});
