import { describe, expect, it } from "vitest";
import { minimalPdf } from "@/lib/testing/minimal-pdf";
import {
  base64Bytes,
  countPdfPages,
  describePages,
  looksLikePdf,
  mediaUrlProblem,
  pdfPageLimit,
  readBase64Pdf,
} from "./attachment-limits";

const binary = (buffer: Buffer) => buffer.toString("latin1");

describe("countPdfPages", () => {
  it("counts the page objects of a simple PDF exactly, not the page tree", () => {
    expect(countPdfPages(binary(minimalPdf(1)))).toEqual({ pages: 1, exact: true });
    expect(countPdfPages(binary(minimalPdf(7)))).toEqual({ pages: 7, exact: true });
  });

  it("reads names written without spaces", () => {
    const pdf =
      "%PDF-1.7\n1 0 obj<</Type/Pages/Count 2>>endobj 2 0 obj<</Type/Page>>endobj 3 0 obj<</Type /Page/Parent 1 0 R>>endobj\n%%EOF";
    expect(countPdfPages(pdf)).toEqual({ pages: 2, exact: true });
  });

  it("says 'about' when pages may hide in object streams or repeat in updates", () => {
    const updated = `${binary(minimalPdf(2))}4 0 obj\n<< /Type /Page >>\nendobj\n%%EOF\n`;
    expect(countPdfPages(updated)).toEqual({ pages: 3, exact: false });
    const streams = `${binary(minimalPdf(2))}9 0 obj << /Type /ObjStm /N 4 >>`;
    expect(countPdfPages(streams).exact).toBe(false);
  });

  it("knows nothing when no page object is visible", () => {
    expect(countPdfPages("%PDF-1.5\n5 0 obj << /Type /ObjStm >> stream\n…")).toEqual({
      pages: null,
      exact: false,
    });
  });
});

describe("readBase64Pdf", () => {
  it("reads a PDF's pages from base64", () => {
    expect(readBase64Pdf(minimalPdf(3).toString("base64"))).toEqual({
      ok: true,
      pages: { pages: 3, exact: true },
    });
  });

  it("tells a non-PDF from data that is not base64", () => {
    expect(readBase64Pdf(Buffer.from("hello, not a pdf").toString("base64"))).toEqual({
      ok: false,
      reason: "not-pdf",
    });
    expect(readBase64Pdf("%%% not base64 %%%")).toEqual({ ok: false, reason: "not-base64" });
  });

  it("finds the header in the first kilobyte only", () => {
    expect(looksLikePdf(`junk\n%PDF-1.4`)).toBe(true);
    expect(looksLikePdf(`${"x".repeat(2000)}%PDF-1.4`)).toBe(false);
  });
});

describe("mediaUrlProblem", () => {
  it("accepts http and https URLs", () => {
    expect(mediaUrlProblem("https://example.com/a.pdf")).toBeNull();
    expect(mediaUrlProblem("  http://example.com/cat.png ")).toBeNull();
  });

  it("explains what is wrong with anything else", () => {
    expect(mediaUrlProblem("")).toBe("Enter a URL.");
    expect(mediaUrlProblem("example.com/a.pdf")).toMatch(/not a well-formed URL/);
    expect(mediaUrlProblem("ftp://example.com/a.pdf")).toMatch(/not ftp/);
    expect(mediaUrlProblem("javascript:alert(1)")).toMatch(/not javascript/);
  });
});

describe("limits", () => {
  it("allows 100 PDF pages for 200k windows and 600 for larger ones", () => {
    expect(pdfPageLimit(200_000)).toBe(100);
    expect(pdfPageLimit(undefined)).toBe(100);
    expect(pdfPageLimit(1_000_000)).toBe(600);
  });

  it("describes page counts, exact or not", () => {
    expect(describePages({ pages: 1, exact: true })).toBe("1 page");
    expect(describePages({ pages: 12, exact: false })).toBe("about 12 pages");
    expect(describePages({ pages: null, exact: false })).toBeNull();
  });
});

describe("base64Bytes", () => {
  it("is the decoded size, padding aside", () => {
    for (let size = 0; size <= 10; size++) {
      expect(base64Bytes(Buffer.alloc(size, 7).toString("base64"))).toBe(size);
    }
    expect(base64Bytes("iVBORw==")).toBe(4);
    expect(base64Bytes("AAAA")).toBe(3);
    expect(base64Bytes("=")).toBe(0);
  });

  it("does not count whitespace: wrapped base64 is the same bytes", () => {
    const data = Buffer.alloc(3000, 1).toString("base64");
    const wrapped = (width: number, eol: string) =>
      `${data.match(new RegExp(`.{1,${width}}`, "g"))?.join(eol)}${eol}`;
    expect(base64Bytes(wrapped(76, "\r\n"))).toBe(3000);
    expect(base64Bytes(wrapped(64, "\n"))).toBe(3000);
    expect(base64Bytes(`  ${data}\n`)).toBe(3000);
    expect(base64Bytes("AAAA\nAAA=\n")).toBe(5);
  });
});
