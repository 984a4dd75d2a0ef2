import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES } from "@/lib/anthropic/protocol";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { minimalPdf } from "@/lib/testing/minimal-pdf";
import { checkRequest } from "./checks";

function withContent(...blocks: Record<string, unknown>[]): PlaygroundRequest {
  const base = defaultRequest();
  // Tests feed shapes the SDK type would forbid, as raw JSON can.
  const messages = [{ role: "user", content: [{ type: "text", text: "Read these." }, ...blocks] }];
  return { ...base, body: { ...base.body, messages } as unknown as PlaygroundRequest["body"] };
}

const pdf = (pages: number, title?: string) => ({
  type: "document",
  source: {
    type: "base64",
    media_type: "application/pdf",
    data: minimalPdf(pages).toString("base64"),
  },
  ...(title ? { title } : {}),
});

const issues = (request: PlaygroundRequest) =>
  checkRequest(request).map(({ path, severity, message }) => ({ path, severity, message }));

describe("document checks", () => {
  it("pass PDFs, text documents and http(s) URLs the API takes", () => {
    const request = withContent(
      pdf(3, "report.pdf"),
      { type: "document", source: { type: "text", media_type: "text/plain", data: "notes" } },
      { type: "document", source: { type: "url", url: "https://example.com/a.pdf" } },
      { type: "image", source: { type: "url", url: "http://example.com/cat.png" } },
    );
    expect(checkRequest(request)).toEqual([]);
  });

  it("refuse media types the API does not accept, where the block is", () => {
    const result = issues(
      withContent(
        { type: "document", source: { type: "base64", media_type: "text/csv", data: "YQ==" } },
        { type: "image", source: { type: "base64", media_type: "image/bmp", data: "Qk0=" } },
        { type: "document", source: { type: "text", media_type: "text/markdown", data: "# x" } },
      ),
    );
    expect(result.map((i) => [i.path, i.severity])).toEqual([
      ["messages.0.content.1", "error"],
      ["messages.0.content.2", "error"],
      ["messages.0.content.3", "error"],
    ]);
    expect(result[0]?.message).toMatch(/text\/csv; base64 documents must be PDFs/);
    expect(result[1]?.message).toMatch(/image\/bmp; the API accepts JPEG, PNG, GIF or WebP/);
    expect(result[2]?.message).toMatch(/must be text\/plain/);
  });

  it("refuse base64 PDFs that are not PDFs or not base64", () => {
    const notPdf = {
      type: "document",
      title: "fake.pdf",
      source: {
        type: "base64",
        media_type: "application/pdf",
        data: Buffer.from("hi").toString("base64"),
      },
    };
    const notBase64 = {
      type: "document",
      source: { type: "base64", media_type: "application/pdf", data: "@@@" },
    };
    const result = issues(withContent(notPdf, notBase64));
    expect(result).toEqual([
      {
        path: "messages.0.content.1",
        severity: "error",
        message:
          "Document “fake.pdf” in message 1 is not a PDF: its data does not start with %PDF-.",
      },
      {
        path: "messages.0.content.2",
        severity: "error",
        message: "Document in message 1: its data is not valid base64.",
      },
    ]);
  });

  it("refuse URLs that are not well-formed http(s)", () => {
    const result = issues(
      withContent(
        { type: "image", source: { type: "url", url: "cat.png" } },
        { type: "document", source: { type: "url", url: "file:///etc/passwd" } },
      ),
    );
    expect(result.map((i) => i.path)).toEqual(["messages.0.content.1", "messages.0.content.2"]);
    expect(result[0]?.message).toMatch(/^An image in message 1: .*not a well-formed URL/);
    expect(result[1]?.message).toMatch(/not file/);
  });

  it("warn above 100 PDF pages and block above 600, on the PDF that crosses", () => {
    const warned = issues(withContent(pdf(60), pdf(50)));
    expect(warned).toEqual([
      {
        path: "messages.0.content.2",
        severity: "warning",
        message:
          "The PDFs have 110 pages; models with a context window of 200k tokens or less accept at most 100 pages per request.",
      },
    ]);
    const blocked = issues(withContent(pdf(601)));
    expect(blocked.map((i) => [i.path, i.severity])).toEqual([["messages.0.content.1", "error"]]);
    expect(blocked[0]?.message).toBe(
      "The PDFs have 601 pages; the API accepts at most 600 pages per request.",
    );
  });

  it("checks PDFs inside tool results too", () => {
    const base = defaultRequest();
    const request = {
      ...base,
      body: {
        ...base.body,
        messages: [
          { role: "user", content: "Fetch it." },
          { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "get", input: {} }] },
          {
            role: "user",
            content: [{ type: "tool_result", tool_use_id: "t1", content: [pdf(101)] }],
          },
        ],
      } as PlaygroundRequest["body"],
    };
    expect(issues(request).map((i) => [i.path, i.severity])).toEqual([
      ["messages.2.content.0.content.0", "warning"],
    ]);
  });

  it("block attachments past the 32 MB request limit, at the largest one", () => {
    const big = "A".repeat(MAX_REQUEST_BYTES - 1000);
    const result = issues(
      withContent(
        { type: "document", source: { type: "text", media_type: "text/plain", data: "small" } },
        { type: "document", source: { type: "text", media_type: "text/plain", data: big } },
        {
          type: "document",
          source: { type: "text", media_type: "text/plain", data: "x".repeat(2000) },
        },
      ),
    );
    expect(result).toEqual([
      {
        path: "messages.0.content.2",
        severity: "error",
        message:
          "Attachments make this request about 32.0 MB, over the API's limit of 32 MB per request.",
      },
    ]);
  });
});
