import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import {
  createShareLink,
  parseShareFragment,
  SHARE_MEDIA_LIMIT,
} from "@/lib/playground/share-link";

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
