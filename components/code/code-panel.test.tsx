import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { generateCurl } from "@/lib/code/curl";
import { ImportDialog } from "../share/import-dialog";
import { CodePanel } from "./code-panel";

const request: PlaygroundRequest = {
  body: {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 10,
    stream: true,
    messages: [{ role: "user", content: "Hi <b>there</b>" }],
  },
  betas: [],
};

const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

describe("CodePanel (server render, before the highlighter loads)", () => {
  const html = renderToStaticMarkup(
    <CodePanel request={request} localBaseUrl="http://localhost:3000/api/anthropic" />,
  );

  it("shows the four tabs and the proxy switch", () => {
    for (const name of ["cURL", "Python", "TypeScript", "Claude Code"])
      expect(html).toContain(`>${name}</button>`);
    expect(html).toContain('role="switch"');
    expect(html).toContain("Local proxy");
  });

  it("shows the cURL snippet for ZenMux as plain text with its copy button", () => {
    const snippet = generateCurl(request, { baseUrl: "https://zenmux.ai/api/anthropic" });
    expect(html).toContain(escapeHtml(snippet).replaceAll("'", "&#x27;"));
    expect(html).toContain('aria-label="Copy cURL"');
    expect(html).toContain("Streaming request to https://zenmux.ai/api/anthropic");
  });
});

describe("ImportDialog", () => {
  it("renders its Import trigger", () => {
    const html = renderToStaticMarkup(<ImportDialog onImport={() => undefined} />);
    expect(html).toMatch(/<button[^>]*>Import<\/button>/);
  });
});
