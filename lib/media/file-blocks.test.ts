import type { DocumentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { describe, expect, it } from "vitest";
import { minimalPdf } from "@/lib/testing/minimal-pdf";
import {
  attachmentKind,
  citationsEnabled,
  documentSummary,
  pdfDocumentBlock,
  textDocumentBlock,
  urlBlock,
  urlKindOf,
  withDocumentField,
} from "./file-blocks";

describe("attachmentKind", () => {
  it("goes by media type, then by extension", () => {
    expect(attachmentKind("cat.png", "image/png")).toBe("image");
    expect(attachmentKind("x.heic", "image/heic")).toBe("image");
    expect(attachmentKind("report.pdf", "application/pdf")).toBe("pdf");
    expect(attachmentKind("report.PDF", "")).toBe("pdf");
    expect(attachmentKind("notes.txt", "text/plain")).toBe("text");
    expect(attachmentKind("data.csv", "application/vnd.ms-excel")).toBe("text");
    expect(attachmentKind("README.md", "")).toBe("text");
    expect(attachmentKind("config.json", "application/json")).toBe("text");
  });

  it("refuses what the API cannot take", () => {
    expect(attachmentKind("letter.docx", "application/vnd.openxmlformats")).toBeNull();
    expect(attachmentKind("archive.zip", "application/zip")).toBeNull();
    expect(attachmentKind("noextension", "")).toBeNull();
  });
});

describe("blocks", () => {
  it("builds PDF and text documents titled with the file name", () => {
    expect(pdfDocumentBlock("JVBERg==", "a.pdf")).toEqual({
      type: "document",
      source: { type: "base64", media_type: "application/pdf", data: "JVBERg==" },
      title: "a.pdf",
    });
    expect(textDocumentBlock("hi")).toEqual({
      type: "document",
      source: { type: "text", media_type: "text/plain", data: "hi" },
    });
  });

  it("adds images and PDFs by URL once the URL is well-formed http(s)", () => {
    expect(urlBlock(" https://example.com/a.pdf ", "pdf")).toEqual({
      ok: true,
      block: { type: "document", source: { type: "url", url: "https://example.com/a.pdf" } },
    });
    expect(urlBlock("https://example.com/cat.png", "image")).toEqual({
      ok: true,
      block: { type: "image", source: { type: "url", url: "https://example.com/cat.png" } },
    });
    expect(urlBlock("not a url", "image")).toEqual({
      ok: false,
      error:
        '"not a url" is not a well-formed URL (it should look like https://example.com/file.pdf).',
    });
  });

  it("guesses a URL's kind from its path", () => {
    expect(urlKindOf("https://example.com/paper.pdf?dl=1")).toBe("pdf");
    expect(urlKindOf("https://example.com/cat.jpg")).toBe("image");
    expect(urlKindOf("nonsense")).toBe("image");
  });

  it("sets and removes the citations, title and context fields", () => {
    const block = textDocumentBlock("hi", "notes.txt");
    const cited = withDocumentField(block, "citations", { enabled: true });
    expect(citationsEnabled(cited)).toBe(true);
    expect(cited).toMatchObject({ citations: { enabled: true }, title: "notes.txt" });
    const plain = withDocumentField(cited, "citations", undefined);
    expect("citations" in plain).toBe(false);
    expect("title" in withDocumentField(block, "title", "")).toBe(false);
    expect(withDocumentField(block, "context", "From 2024")).toMatchObject({
      context: "From 2024",
    });
  });
});

describe("documentSummary", () => {
  it("names a PDF with its type, size and pages", () => {
    const data = minimalPdf(2).toString("base64");
    const summary = documentSummary(pdfDocumentBlock(data, "report.pdf"));
    expect(summary).toMatchObject({ name: "report.pdf", type: "PDF", pages: "2 pages" });
    expect(summary.size).toMatch(/^\d+(\.\d)? (B|KB)$/);
  });

  it("sizes text in UTF-8 bytes and names URL documents by their file", () => {
    expect(documentSummary(textDocumentBlock("héllo"))).toEqual({
      name: "Text",
      type: "text/plain",
      size: "6 B",
      pages: null,
    });
    const byUrl: DocumentBlockParam = {
      type: "document",
      source: { type: "url", url: "https://example.com/docs/Annual%20report.pdf" },
    };
    expect(documentSummary(byUrl)).toMatchObject({ name: "Annual report.pdf", type: "PDF by URL" });
  });

  it("says when a base64 'PDF' is not one", () => {
    const fake = pdfDocumentBlock(Buffer.from("hello").toString("base64"));
    expect(documentSummary(fake).pages).toBe("not a PDF");
  });
});
