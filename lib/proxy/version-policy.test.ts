import { describe, expect, it } from "vitest";
import { checkVersion } from "./version-policy";

describe("checkVersion", () => {
  it("accepts exactly 2023-06-01", () => {
    expect(checkVersion(new Headers({ "anthropic-version": "2023-06-01" }))).toBeUndefined();
  });

  it.each([
    ["missing", {}],
    ["the current TS SDK default", { "anthropic-version": "2026-10-21" }],
    ["an older value", { "anthropic-version": "2023-01-01" }],
    ["a padded value", { "anthropic-version": "2023-06-01 , 2026-10-21" }],
  ])("refuses %s with a 400 that says how to send 2023-06-01", (_, init) => {
    const refusal = checkVersion(new Headers(init));
    expect(refusal?.status).toBe(400);
    expect(refusal?.type).toBe("invalid_request_error");
    expect(refusal?.message).toContain("supports only anthropic-version 2023-06-01");
    expect(refusal?.message).toContain('-H "anthropic-version: 2023-06-01"');
    expect(refusal?.message).toContain('defaultHeaders: { "anthropic-version": "2023-06-01" }');
  });

  it("names the value it got", () => {
    const refusal = checkVersion(new Headers({ "anthropic-version": "2026-10-21" }));
    expect(refusal?.message).toContain('"2026-10-21"');
    expect(checkVersion(new Headers())?.message).toContain("missing");
  });
});
