import { describe, expect, it } from "vitest";
import { createElisions, elidedJson, restoreElided } from "./elided-json";

const image = "iVBORw0KGgo".repeat(200_000); // about 1.6 MB decoded
const longText = "Lorem ipsum dolor sit amet. ".repeat(2_000);
const body = {
  model: "m",
  max_tokens: 10,
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "What is in this picture?" },
        { type: "image", source: { type: "base64", media_type: "image/png", data: image } },
      ],
    },
    { role: "assistant", content: longText },
  ],
};

describe("elidedJson", () => {
  it("shows base64 data and very long strings as short labels", () => {
    const text = elidedJson(body, createElisions());
    expect(text).toContain('"data": "<base64 image/png, 1.6 MB #1>"');
    expect(text).toMatch(
      /"content": "<text 54\.7 KB “Lorem ipsum dolor sit amet\. Lorem ipsum ?…” #2>"/,
    );
    expect(text).toContain('"text": "What is in this picture?"');
    expect(text.length).toBeLessThan(1_000);
  });

  it("shows a base64 PDF document's data as a label and restores it", () => {
    const pdf = "JVBERi0xLjQK".repeat(1_000);
    const withPdf = {
      ...body,
      messages: [
        {
          role: "user",
          content: [
            {
              type: "document",
              source: { type: "base64", media_type: "application/pdf", data: pdf },
            },
          ],
        },
      ],
    };
    const elisions = createElisions();
    const text = elidedJson(withPdf, elisions);
    expect(text).toContain('"data": "<base64 application/pdf, 8.8 KB #1>"');
    expect(JSON.parse(text, restoreElided(elisions))).toEqual(withPdf);
  });

  it("round-trips: parsing the view restores every original exactly", () => {
    const elisions = createElisions();
    const text = elidedJson(body, elisions);
    expect(JSON.parse(text, restoreElided(elisions))).toEqual(body);
  });

  it("keeps originals when the text around a label is edited, moved or copied", () => {
    const elisions = createElisions();
    const text = elidedJson(body, elisions);
    const edited = JSON.parse(text);
    edited.max_tokens = 20;
    edited.messages.reverse();
    edited.messages.push(structuredClone(edited.messages[1]));
    const restored = JSON.parse(JSON.stringify(edited), restoreElided(elisions));
    expect(restored.max_tokens).toBe(20);
    expect(restored.messages[0].content).toBe(longText);
    expect(restored.messages[1].content[1].source.data).toBe(image);
    expect(restored.messages[2].content[1].source.data).toBe(image);
  });

  it("gives a string the same label every time, and different strings different labels", () => {
    const elisions = createElisions();
    const first = elidedJson(body, elisions);
    expect(elidedJson(body, elisions)).toBe(first);
    const other = { ...body, system: `${image}A` };
    expect(elidedJson(other, elisions)).toContain("#3>");
  });

  it("leaves short strings and unknown labels as they are", () => {
    const elisions = createElisions();
    const text = JSON.stringify({ a: "<base64 image/png, 1 MB #9>", b: "short" });
    expect(JSON.parse(text, restoreElided(elisions))).toEqual({
      a: "<base64 image/png, 1 MB #9>",
      b: "short",
    });
  });
});
