import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { elideForDisplay } from "./elide";

const image = (data: string, media_type: "image/png" | "image/jpeg" = "image/png") => ({
  type: "image" as const,
  source: { type: "base64" as const, media_type, data },
});

const request = (content: PlaygroundRequest["body"]["messages"][number]["content"]) =>
  ({
    body: { model: "m", max_tokens: 1, messages: [{ role: "user", content }] },
    betas: [],
  }) as PlaygroundRequest;

describe("elideForDisplay", () => {
  it("shows base64 data as its media type and decoded size", () => {
    const shown = elideForDisplay(
      request([image("A".repeat(1_600_000)), image(`${"B".repeat(1498)}==`, "image/jpeg")]),
    );
    expect(shown.elided).toBe(2);
    const blocks = shown.request.body.messages[0]?.content as ReturnType<typeof image>[];
    expect(blocks.map((block) => block.source.data)).toEqual([
      "<base64 image/png, 1.2 MB>",
      "<base64 image/jpeg, 1.1 kB>",
    ]);
  });

  it("shows a base64 PDF document like an image, and leaves a text document's short text", () => {
    const pdf = {
      type: "document" as const,
      source: {
        type: "base64" as const,
        media_type: "application/pdf" as const,
        data: "J".repeat(40_000),
      },
      title: "report.pdf",
      citations: { enabled: true },
    };
    const text = {
      type: "document" as const,
      source: { type: "text" as const, media_type: "text/plain" as const, data: "short notes" },
    };
    const shown = elideForDisplay(request([pdf, text]));
    expect(shown.elided).toBe(1);
    expect(shown.request.body.messages[0]?.content).toEqual([
      { ...pdf, source: { ...pdf.source, data: "<base64 application/pdf, 30.0 kB>" } },
      text,
    ]);
  });

  it("cuts very long strings, saying how much is hidden, and keeps the rest as it is", () => {
    const shown = elideForDisplay(request(`${"x".repeat(200)}${"y".repeat(200_000)}`));
    expect(shown.request.body.messages[0]?.content).toBe(
      `${"x".repeat(200)}…<200,000 more characters>`,
    );
    const small = request([image("iVBORw0KGgo="), { type: "text", text: "short" }]);
    expect(elideForDisplay(small)).toEqual({ request: small, elided: 0 });
  });

  it("keeps __proto__ keys as keys", () => {
    const body = JSON.parse(
      `{"model": "m", "max_tokens": 1, "messages": [], "__proto__": {"long": "${"z".repeat(3000)}"}}`,
    );
    const shown = elideForDisplay({ body, betas: [] });
    expect(Object.keys(shown.request.body)).toContain("__proto__");
    expect(Object.getPrototypeOf(shown.request.body)).toBe(Object.prototype);
  });
});
