import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import {
  createShareLink,
  parseShareFragment,
  SHARE_ANSWER_LIMIT,
  SHARE_MEDIA_LIMIT,
} from "@/lib/share/share-link";
import { sampleRecording } from "@/lib/testing/sample-recording";

const PAGE = "https://play.example/?x=1#old";

function withImage(dataChars: number): PlaygroundRequest {
  const request = defaultRequest();
  return {
    ...request,
    body: {
      ...request.body,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is in this picture?" },
            {
              type: "image",
              source: { type: "base64", media_type: "image/png", data: "A".repeat(dataChars) },
            },
          ],
        },
      ],
    },
  };
}

describe("share links", () => {
  it("round-trips a request through the URL fragment", () => {
    const request: PlaygroundRequest = {
      body: {
        ...defaultRequest().body,
        model: "anthropic/claude-3.7-sonnet:amazon-bedrock",
        system: "Be brief. ünïcödé ✓",
        temperature: 0.3,
      },
      betas: ["context-1m-2025-08-07"],
    };
    const { url, stripped } = createShareLink(request, PAGE);
    expect(url.startsWith("https://play.example/?x=1#r=")).toBe(true);
    expect(stripped).toEqual({ images: 0, documents: 0 });
    const parsed = parseShareFragment(url.slice(url.indexOf("#")));
    expect(parsed).toEqual({ kind: "ok", request });
  });

  it("never carries a key, even one sitting in storage-like fields", () => {
    const { url } = createShareLink(defaultRequest(), PAGE);
    const parsed = parseShareFragment(url.slice(url.indexOf("#")));
    expect(JSON.stringify(parsed)).not.toMatch(/sk-ai-v1|x-api-key|api_key/i);
  });

  it("leaves out large base64 media and keeps the request valid", () => {
    const { url, stripped } = createShareLink(withImage(SHARE_MEDIA_LIMIT + 1), PAGE);
    expect(stripped).toEqual({ images: 1, documents: 0 });
    expect(url.length).toBeLessThan(2_000);
    const parsed = parseShareFragment(url.slice(url.indexOf("#")));
    if (parsed.kind !== "ok") throw new Error("expected a request");
    const content = parsed.request.body.messages[0]?.content;
    expect(Array.isArray(content) && content.map((block) => block.type)).toEqual(["text", "text"]);
  });

  it("keeps small media", () => {
    const { url, stripped } = createShareLink(withImage(100), PAGE);
    expect(stripped.images).toBe(0);
    const parsed = parseShareFragment(url.slice(url.indexOf("#")));
    expect(parsed.kind === "ok" && JSON.stringify(parsed.request)).toContain('"type":"image"');
  });

  it("ignores fragments that are not share links", () => {
    expect(parseShareFragment("")).toEqual({ kind: "none" });
    expect(parseShareFragment("#section")).toEqual({ kind: "none" });
  });

  it.each([
    ["garbage", "#r=%%%not-lz"],
    ["empty", "#r="],
    ["not JSON", `#r=${compressToEncodedURIComponent("{nope")}`],
    [
      "wrong version",
      `#r=${compressToEncodedURIComponent(JSON.stringify({ v: 9, request: defaultRequest() }))}`,
    ],
    [
      "bad request",
      `#r=${compressToEncodedURIComponent(JSON.stringify({ v: 1, request: { body: 1 } }))}`,
    ],
    ["null payload", `#r=${compressToEncodedURIComponent("null")}`],
  ])("reports a %s fragment as invalid without throwing", (_label, hash) => {
    const parsed = parseShareFragment(hash);
    expect(parsed.kind).toBe("invalid");
    expect(parsed.kind === "invalid" && parsed.error).toMatch(/share link/);
  });
});

describe("share links with the answer", () => {
  const hashOf = (url: string) => url.slice(url.indexOf("#"));

  it("carry the recording, and open with it", () => {
    const run = sampleRecording(1, "Cats purr.");
    const request = { ...defaultRequest(), betas: ["x"] };
    const link = createShareLink(request, PAGE, run);
    expect(link.answer).toBe("included");
    expect(parseShareFragment(hashOf(link.url))).toEqual({ kind: "ok", request, recording: run });
  });

  it("fall back to the request alone when the answer is over the limit, and say how large", () => {
    // Random text does not compress: the encoded answer stays large.
    let seed = 42;
    const noise = Array.from({ length: 80_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return String.fromCharCode(33 + (seed % 90));
    }).join("");
    const link = createShareLink(defaultRequest(), PAGE, sampleRecording(1, noise));
    expect(link.answer).toBe("too-large");
    expect(link.answerChars).toBeGreaterThan(SHARE_ANSWER_LIMIT);
    expect(parseShareFragment(hashOf(link.url))).toEqual({ kind: "ok", request: defaultRequest() });
  });

  it("keep old links (request only, v1) readable", () => {
    const old = `#r=${compressToEncodedURIComponent(JSON.stringify({ v: 1, request: defaultRequest() }))}`;
    expect(parseShareFragment(old)).toEqual({ kind: "ok", request: defaultRequest() });
  });

  const encoded = (payload: unknown) =>
    `#r=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
  it.each([
    [
      "a recording of the wrong type",
      { v: 2, request: defaultRequest(), recording: { chunks: 5 } },
    ],
    [
      "a negative offset",
      {
        v: 2,
        request: defaultRequest(),
        recording: { ...sampleRecording(1), chunks: [{ atMs: -1, text: "x" }] },
      },
    ],
    [
      "a key instead of a mode",
      { v: 2, request: defaultRequest(), recording: { ...sampleRecording(1), mode: "sk-ai-v1-x" } },
    ],
  ])("refuse %s with a clear message", (_label, payload) => {
    const parsed = parseShareFragment(encoded(payload));
    expect(parsed.kind).toBe("invalid");
    expect(parsed.kind === "invalid" && parsed.error).toMatch(
      /share link's answer could not be used/,
    );
  });

  it("refuse prototype-pollution keys", () => {
    const hostile = `{"v":2,"request":${JSON.stringify(defaultRequest())},"recording":{"__proto__":{"polluted":true}}}`;
    const parsed = parseShareFragment(`#r=${compressToEncodedURIComponent(hostile)}`);
    expect(parsed).toEqual({ kind: "invalid", error: expect.stringMatching(/__proto__/) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuse a fragment too long to read", () => {
    const parsed = parseShareFragment(`#r=${"A".repeat(2_000_001)}`);
    expect(parsed).toEqual({ kind: "invalid", error: "The share link is too long to read." });
  });
});
