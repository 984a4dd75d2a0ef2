import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { encodeLinkPayload, type LinkKind, linkUrl, readLinkFragment } from "./link-codec";

const KIND: LinkKind = { prefix: "#t=", name: "test link" };
// Links already pasted into chats and docs hold exactly these bytes: the format must not move.
const PAYLOAD = { v: 1, request: { hello: "world" } };
const ENCODED = "N4IgbiBcCMA0ICcCmBHArkgzgFyqAFkgDZED2UIA7qQkQCYgC+jQA";

describe("link codec", () => {
  it("encodes a payload as lz-string of its JSON, exactly as links always have", () => {
    expect(encodeLinkPayload(PAYLOAD)).toBe(ENCODED);
    expect(readLinkFragment(`#t=${ENCODED}`, KIND)).toEqual({ kind: "ok", value: PAYLOAD });
  });

  it("puts the payload in the fragment, replacing the page's own", () => {
    expect(linkUrl("https://x.example/app?q=1#old", KIND, "abc")).toBe(
      "https://x.example/app?q=1#t=abc",
    );
    expect(linkUrl("https://x.example/", KIND, "abc")).toBe("https://x.example/#t=abc");
  });

  it("reads nothing from another kind of fragment", () => {
    expect(readLinkFragment("", KIND)).toEqual({ kind: "none" });
    expect(readLinkFragment(`#r=${ENCODED}`, KIND)).toEqual({ kind: "none" });
  });

  it("names the link in every refusal", () => {
    expect(readLinkFragment("#t=%%%", KIND)).toEqual({
      kind: "invalid",
      error: "The test link is damaged: it could not be read.",
    });
    expect(readLinkFragment("#t=", KIND)).toEqual({
      kind: "invalid",
      error: "The test link is damaged: it could not be read.",
    });
    expect(readLinkFragment(`#t=${compressToEncodedURIComponent("not json")}`, KIND)).toEqual({
      kind: "invalid",
      error: "The test link is damaged: it is not valid JSON.",
    });
    expect(
      readLinkFragment(`#t=${compressToEncodedURIComponent('{"__proto__":{"x":1}}')}`, KIND),
    ).toEqual({
      kind: "invalid",
      error: "The test link was refused: it contains the key “__proto__”.",
    });
  });

  it("refuses a fragment too long to read before decompressing it", () => {
    expect(readLinkFragment(`#t=${"A".repeat(2_000_001)}`, KIND)).toEqual({
      kind: "invalid",
      error: "The test link is too long to read.",
    });
  });
});
