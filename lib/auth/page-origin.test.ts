import { describe, expect, it } from "vitest";
import { pageOrigin } from "./page-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("pageOrigin", () => {
  it("is the Host the browser asked for", () => {
    expect(pageOrigin(headers({ host: "play.example.com:8080" }), 0)?.href).toBe(
      "http://play.example.com:8080/",
    );
  });

  it("follows X-Forwarded-Host and -Proto only behind a trusted proxy", () => {
    const forwarded = headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "play.example.com",
      "x-forwarded-proto": "https",
    });
    expect(pageOrigin(forwarded, 1)?.href).toBe("https://play.example.com/");
    expect(pageOrigin(forwarded, 0)?.href).toBe("http://127.0.0.1:3000/");
  });

  it("gives nothing for a missing or malformed host", () => {
    expect(pageOrigin(headers({}), 0)).toBeUndefined();
    expect(pageOrigin(headers({ host: "evil.example/path" }), 0)).toBeUndefined();
    expect(pageOrigin(headers({ host: "a@b.example" }), 0)).toBeUndefined();
    expect(
      pageOrigin(headers({ host: "x.example", "x-forwarded-proto": "javascript" }), 1),
    ).toBeUndefined();
  });
});
