import { describe, expect, it } from "vitest";
import { minimalPdf } from "@/lib/testing/minimal-pdf";
import { TOKENS_PER_PDF_PAGE } from "./media-checks";
import { call } from "./test-support";

const SONNET = "anthropic/claude-sonnet-4.5"; // 1M-token window: 600 PDF pages
const HAIKU = "anthropic/claude-haiku-4.5"; // 200k window: 100 PDF pages

const pdf = (pages: number, extra: Record<string, unknown> = {}) => ({
  type: "document",
  source: {
    type: "base64",
    media_type: "application/pdf",
    data: minimalPdf(pages).toString("base64"),
  },
  ...extra,
});

const body = (model: string, ...blocks: unknown[]) => ({
  model,
  max_tokens: 1024,
  messages: [{ role: "user", content: [...blocks, { type: "text", text: "Summarise it." }] }],
});

async function errorOf(response: Response) {
  const json = (await response.json()) as {
    type: string;
    error: { type: string; message: string };
  };
  expect(json.type).toBe("error");
  return { status: response.status, ...json.error };
}

describe("emulator documents", () => {
  it("accepts base64 PDFs, text and URL documents with citations, title and context", async () => {
    const response = await call(
      "messages",
      body(
        SONNET,
        pdf(2, { title: "report.pdf", citations: { enabled: true } }),
        {
          type: "document",
          source: { type: "text", media_type: "text/plain", data: "Line one.\nLine two." },
          title: "notes.txt",
          context: "Meeting notes",
          citations: { enabled: true },
        },
        { type: "document", source: { type: "url", url: "https://example.com/paper.pdf" } },
      ),
    );
    expect(response.status).toBe(200);
    const message = (await response.json()) as { content: { type: string; text?: string }[] };
    const text = message.content.map((block) => block.text ?? "").join("");
    expect(text).toContain('application/pdf, ~1 KB, 2 pages, "report.pdf"');
    expect(text).toContain("from https://example.com/paper.pdf");
  });

  it("refuses base64 data that is not a PDF, as Anthropic words it", async () => {
    const fake = {
      type: "document",
      source: {
        type: "base64",
        media_type: "application/pdf",
        data: Buffer.from("hello").toString("base64"),
      },
    };
    expect(await errorOf(await call("messages", body(SONNET, fake)))).toEqual({
      status: 400,
      type: "invalid_request_error",
      message: "messages.0.content.0.pdf.source.base64.data: The PDF specified was not valid.",
    });
  });

  it("refuses malformed document sources with the field's path", async () => {
    const cases: [unknown, RegExp][] = [
      [
        { type: "document", source: { type: "base64", media_type: "text/plain", data: "aGk=" } },
        /^messages\.0\.content\.0\.source\.media_type: Input should be 'application\/pdf'/,
      ],
      [
        { type: "document", source: { type: "url", url: "not a url" } },
        /^messages\.0\.content\.0\.source\.url: Input should be a valid URL/,
      ],
      [
        { type: "document", source: { type: "url", url: "ftp://example.com/a.pdf" } },
        /^messages\.0\.content\.0\.source\.url: URL scheme must be http or https, got ftp/,
      ],
      [
        { type: "image", source: { type: "url", url: "data:image/png;base64,AAAA" } },
        /^messages\.0\.content\.0\.source\.url: URL scheme must be http or https, got data/,
      ],
      [
        { type: "document", source: { type: "text", media_type: "text/plain" } },
        /^messages\.0\.content\.0\.source\.data: Field required/,
      ],
      [
        { type: "document", source: { type: "pdf", data: "x" } },
        /^messages\.0\.content\.0\.source\.type: Input tag 'pdf' found/,
      ],
      [
        { ...pdf(1), citations: { enabled: "yes" } },
        /^messages\.0\.content\.0\.citations\.enabled: Input should be a valid boolean/,
      ],
    ];
    for (const [block, message] of cases) {
      const error = await errorOf(await call("messages", body(SONNET, block)));
      expect(error.status).toBe(400);
      expect(error.type).toBe("invalid_request_error");
      expect(error.message).toMatch(message);
    }
  });

  it("limits PDF pages by the model's context window", async () => {
    const tooMany = await errorOf(await call("messages", body(HAIKU, pdf(60), pdf(41))));
    expect(tooMany).toEqual({
      status: 400,
      type: "invalid_request_error",
      message: "A maximum of 100 PDF pages may be provided.",
    });
    expect((await call("messages", body(SONNET, pdf(60), pdf(41)))).status).toBe(200);
    const counted = await call("count_tokens", body(SONNET, pdf(601)));
    expect((await errorOf(counted)).message).toBe("A maximum of 600 PDF pages may be provided.");
  });

  it("counts a PDF's tokens by its pages", async () => {
    const count = async (blocks: unknown[]) => {
      const response = await call("count_tokens", body(SONNET, ...blocks));
      expect(response.status).toBe(200);
      return ((await response.json()) as { input_tokens: number }).input_tokens;
    };
    const none = await count([]);
    expect(await count([pdf(1)])).toBe(none + TOKENS_PER_PDF_PAGE);
    expect(await count([pdf(3)])).toBe(none + 3 * TOKENS_PER_PDF_PAGE);
    const text = "A text document of some length. ".repeat(20);
    const withText = await count([
      { type: "document", source: { type: "text", media_type: "text/plain", data: text } },
    ]);
    expect(withText).toBeGreaterThan(none + 100);
  });
});
