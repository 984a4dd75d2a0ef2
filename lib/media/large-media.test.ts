import { describe, expect, it } from "vitest";
import { LARGE_MEDIA_CHARS, largeMediaSources, withMediaIdentities } from "@/lib/media/large-media";

const large = "A".repeat(LARGE_MEDIA_CHARS + 1);
const source = () => ({ type: "base64" as const, media_type: "image/png", data: large });

describe("large media", () => {
  it("names each large source by identity, sharing everything else", () => {
    const first = source();
    const text = { type: "text", text: "hi" };
    const small = { type: "image", source: { type: "base64", data: "AAAA" } };
    const body = {
      messages: [
        { role: "user", content: [text, small, { type: "image", source: first }] },
        { role: "assistant", content: "plain" },
      ],
    };
    const named = withMediaIdentities(body);
    expect(JSON.stringify(named).length).toBeLessThan(300);
    expect(named.messages[1]).toBe(body.messages[1]);
    expect(named.messages[0]?.content[0]).toBe(text);
    expect(named.messages[0]?.content[1]).toBe(small);
    // The same object keeps its name; another object with the same data gets another.
    expect(JSON.stringify(withMediaIdentities(body))).toBe(JSON.stringify(named));
    const other = { messages: [{ role: "user", content: [{ type: "image", source: source() }] }] };
    const image = named.messages[0]?.content[2] as { source: { data: string } } | undefined;
    expect(image?.source.data).toMatch(new RegExp(`^media-\\d+:${LARGE_MEDIA_CHARS + 1}$`));
    expect(JSON.stringify(withMediaIdentities(other))).not.toContain(`"${image?.source.data}"`);
    expect(withMediaIdentities({ messages: [text] })).toEqual({ messages: [text] });
  });

  it("finds large sources in tool results, each once", () => {
    const shared = source();
    const body = {
      messages: [
        {
          role: "user",
          content: [
            { type: "image", source: shared },
            { type: "tool_result", content: [{ type: "image", source: shared }] },
          ],
        },
      ],
    };
    expect(largeMediaSources(body)).toEqual([shared]);
  });
});
