import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { ZENMUX_BASE_URL } from "@/lib/anthropic/protocol";
import {
  type RecordingUpstream,
  startRecordingUpstream,
} from "@/lib/code/testing/recording-upstream";
import { runSnippet, type SnippetLanguage } from "@/lib/code/testing/run-snippet";
import { makeWorkDir } from "@/lib/code/testing/work-dir";
import { minimalPdf } from "@/lib/testing/minimal-pdf";
import {
  messagesBody,
  openFreshPlayground,
  readRequestBody,
  setRequestBody,
} from "./fixtures/messages-body";

const TEST_KEY = "e2e-key-from-the-environment";
// Text that breaks naive quoting in shells and string literals alike.
const HOSTILE =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${x}` is part of the hostile text.
  'It\'s "quoted", costs $HOME and $(id), `ls`, a back\\slash,\na newline, emoji 🚀, עברית, العربية, ${x} and \'\'\'"""';

let recorder: RecordingUpstream;
let work: { dir: string; remove(): void };

test.beforeAll(async () => {
  recorder = await startRecordingUpstream();
  work = makeWorkDir("e2e-snippets");
});

test.afterAll(async () => {
  await recorder.close();
  work.remove();
});

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openFreshPlayground(page);
  // The code opens on demand.
  await page.getByRole("button", { name: "Code", exact: true }).click();
});

function codePanel(page: Page) {
  return page.getByRole("region", { name: "Code", exact: true });
}

/** Copies the tab's snippet with its Copy button, as a user would, and reads the clipboard. */
async function copySnippet(page: Page, tab: string): Promise<string> {
  const panel = codePanel(page);
  await panel.getByRole("tab", { name: tab, exact: true }).click();
  await panel.getByRole("button", { name: `Copy ${tab}` }).click();
  await expect(panel.getByRole("button", { name: `Copy ${tab}` })).toContainText("Copied");
  return page.evaluate(() => navigator.clipboard.readText());
}

async function setHostileRequest(page: Page, stream: boolean) {
  await setRequestBody(
    page,
    messagesBody({
      stream,
      system: HOSTILE,
      temperature: 0.3,
      top_k: 5,
      stop_sequences: ["EOF", "'"],
      messages: [
        { role: "user", content: HOSTILE },
        { role: "assistant", content: "Sure: " },
      ],
    }),
  );
  await page.getByRole("button", { name: /^Betas/ }).click();
  await page.getByLabel("Betas (anthropic-beta header)").fill("context-1m-2025-08-07");
  await page.getByLabel("Betas (anthropic-beta header)").press("Enter");
}

const LANGUAGES: Record<string, SnippetLanguage> = {
  cURL: "curl",
  Python: "python",
  TypeScript: "typescript",
};

// Each language once, the two stream settings shared between them: every language with both
// settings, over the whole request corpus, is run in lib/code/equivalence.test.ts.
for (const [index, [tab, language]] of Object.entries(LANGUAGES).entries()) {
  const stream = index % 2 === 0;
  test(`the ${tab} snippet copied from the page sends exactly the page's request (stream: ${stream})`, async ({
    page,
  }) => {
    await setHostileRequest(page, stream);
    const expected = await readRequestBody(page);
    const snippet = await copySnippet(page, tab);
    expect(snippet).toContain(ZENMUX_BASE_URL);
    expect(snippet).not.toContain(TEST_KEY);

    const run = `${tab}-${stream}`.toLowerCase();
    const result = await runSnippet(
      language,
      snippet.replaceAll(ZENMUX_BASE_URL, recorder.baseUrl(run)),
      {
        file: path.join(work.dir, run),
        env: { ...process.env, ZENMUX_API_KEY: TEST_KEY },
      },
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code, result.stderr).toBe(0);

    expect(recorder.requests(run)).toHaveLength(1);
    const [received] = recorder.requests(run);
    expect(received?.path).toBe("/v1/messages");
    expect(received?.body).toEqual(expected);
    expect(received?.headers["anthropic-version"]).toBe("2023-06-01");
    expect(received?.headers["anthropic-beta"]).toBe("context-1m-2025-08-07");
    const key =
      received?.headers["x-api-key"] ?? received?.headers.authorization?.replace(/^Bearer /, "");
    expect(key).toBe(TEST_KEY);
  });
}

test("the snippets follow the request and the stream switch, and can target this playground", async ({
  page,
}) => {
  const panel = codePanel(page);
  await panel.getByRole("tab", { name: "cURL", exact: true }).click();
  await expect(panel).toContainText("--no-buffer");
  await page.getByLabel("Max tokens").fill("321");
  await expect(panel).toContainText('"max_tokens": 321');
  await page.getByRole("switch", { name: "Stream" }).click();
  await expect(panel).not.toContainText("--no-buffer");

  await panel.getByRole("tab", { name: "Python", exact: true }).click();
  await expect(panel).toContainText("client.messages.create(");
  // The snippet is highlighted: its tokens are spans with a colour each.
  await expect(
    panel.getByRole("region", { name: "Python snippet" }).locator('span[style*="color"]').first(),
  ).toBeVisible();
  await page.getByRole("switch", { name: "Stream" }).click();
  await expect(panel).toContainText("client.messages.stream(");

  await panel.getByRole("switch", { name: "Local proxy" }).click();
  await expect(panel).toContainText(`${new URL(page.url()).origin}/api/anthropic`);

  await panel.getByRole("tab", { name: "Claude Code", exact: true }).click();
  await expect(panel).toContainText("ANTHROPIC_MODEL=anthropic/claude-sonnet-4.5");
});

test("a pasted cURL command becomes the request; an unreadable one says why and keeps the text", async ({
  page,
}) => {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import a request" });
  const input = dialog.getByLabel(
    "Paste a cURL command, Python or TypeScript snippet, or a JSON body",
  );

  const broken = 'curl https://zenmux.ai/api/anthropic/v1/messages -d \'{"model": ';
  await input.fill(broken);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByRole("alert")).toBeVisible();
  await expect(input).toHaveValue(broken);

  await input.fill(`curl https://zenmux.ai/api/anthropic/v1/messages \\
  -H "Authorization: Bearer sk-should-never-be-imported" \\
  -H "anthropic-version: 2023-06-01" \\
  --data-raw '{"model":"openai/gpt-5","max_tokens":99,"messages":[{"role":"user","content":"Imported: it'"'"'s here"}]}'`);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole("button", { name: "Model", exact: true })).toContainText(
    "openai/gpt-5",
  );
  await expect(page.getByLabel("Message 1 text")).toHaveValue("Imported: it's here");
  expect(await readRequestBody(page)).toEqual({
    model: "openai/gpt-5",
    max_tokens: 99,
    messages: [{ role: "user", content: "Imported: it's here" }],
  });
  expect(await page.content()).not.toContain("sk-should-never-be-imported");
});

/** Copies the tab's snippet, runs it against the recorder and returns the body that arrived. */
async function copyAndRun(page: Page, tab: string, run: string) {
  const snippet = await copySnippet(page, tab);
  const result = await runSnippet(
    LANGUAGES[tab] as SnippetLanguage,
    snippet.replaceAll(ZENMUX_BASE_URL, recorder.baseUrl(run)),
    { file: path.join(work.dir, run), env: { ...process.env, ZENMUX_API_KEY: TEST_KEY } },
  );
  expect(result.code, result.stderr).toBe(0);
  expect(recorder.requests(run)).toHaveLength(1);
  return { snippet, body: recorder.requests(run)[0]?.body };
}

test("a 100 kB image and a 200 kB text are shown shortened, and Copy copies snippets that send them whole", async ({
  page,
}) => {
  const photo = Buffer.from(Array.from({ length: 75_000 }, (_, i) => (i * 7919) % 251)).toString(
    "base64",
  );
  const text = Array.from({ length: 4000 }, (_, i) => `Line ${i}: it's "$HOME"`).join("\n");
  await setRequestBody(
    page,
    messagesBody({
      stream: false,
      messages: [
        {
          role: "user",
          content: [
            { type: "image", source: { type: "base64", media_type: "image/png", data: photo } },
            { type: "text", text },
          ],
        },
      ],
    }),
  );
  const expected = await readRequestBody(page);
  const panel = codePanel(page);
  for (const tab of ["cURL", "Python", "TypeScript"]) {
    await panel.getByRole("tab", { name: tab, exact: true }).click();
    const shown = panel.getByRole("region", { name: `${tab} snippet` });
    await expect(shown).toContainText("<base64 image/png, 75.0 kB>");
    await expect(shown).toContainText(`more characters>`);
    await expect(shown).not.toContainText(photo.slice(0, 1000));
    await expect(
      panel.getByText("Long values are shortened here; Copy copies them whole."),
    ).toBeVisible();
    const { snippet, body } = await copyAndRun(page, tab, `large-${tab}`.toLowerCase());
    expect(snippet).toContain(photo);
    expect(body).toEqual(expected);
  }
});

test("an attached PDF is shown shortened, and every snippet sends the document blocks whole", async ({
  page,
}) => {
  const pdf = minimalPdf(2);
  await page.getByLabel("Files to attach to message 1").setInputFiles([
    { name: "report.pdf", mimeType: "application/pdf", buffer: pdf },
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from(HOSTILE) },
  ]);
  await page
    .getByRole("listitem", { name: "Attached document 1 of message 1", exact: true })
    .getByRole("switch", { name: "Citations" })
    .click();
  const messages = [
    {
      role: "user",
      content: [
        { type: "text", text: "Hello! What can you do?" },
        {
          type: "document",
          source: { type: "base64", media_type: "application/pdf", data: pdf.toString("base64") },
          title: "report.pdf",
          citations: { enabled: true },
        },
        {
          type: "document",
          source: { type: "text", media_type: "text/plain", data: HOSTILE },
          title: "notes.txt",
        },
      ],
    },
  ];
  const panel = codePanel(page);
  for (const tab of ["cURL", "Python", "TypeScript"]) {
    await panel.getByRole("tab", { name: tab, exact: true }).click();
    const shown = panel.getByRole("region", { name: `${tab} snippet` });
    await expect(shown).toContainText("<base64 application/pdf, 840 B>");
    await expect(shown).not.toContainText(pdf.toString("base64").slice(0, 300));
    const { snippet, body } = await copyAndRun(page, tab, `pdf-${tab}`.toLowerCase());
    expect(snippet).toContain(pdf.toString("base64"));
    expect((body as { messages: unknown }).messages).toEqual(messages);
  }
});

test("__proto__ and other special keys reach the server from every snippet", async ({ page }) => {
  const schema = JSON.parse(
    '{"type": "object", "properties": {"__proto__": {"type": "string"}, "constructor": {"type": "string"}, "class": {"type": "string"}, "": {"type": "string"}}}',
  );
  await setRequestBody(
    page,
    messagesBody({
      stream: false,
      tools: [{ name: "keys", description: "Special keys.", input_schema: schema }],
    }),
  );
  const propertyKeys = (body: unknown) =>
    Object.keys(
      (body as { tools: { input_schema: { properties: object } }[] }).tools[0]?.input_schema
        .properties ?? {},
    );
  // The JSON editor and the form keep the keys, as the request the page would send.
  const expected = await readRequestBody(page);
  expect(propertyKeys(expected)).toEqual(["__proto__", "constructor", "class", ""]);
  for (const tab of ["cURL", "Python", "TypeScript"]) {
    const { body } = await copyAndRun(page, tab, `keys-${tab}`.toLowerCase());
    expect(propertyKeys(body)).toEqual(["__proto__", "constructor", "class", ""]);
    expect(body).toEqual(expected);
  }
});

test("the Python tab says plainly when Python cannot send the request", async ({ page }) => {
  await setRequestBody(
    page,
    messagesBody({ messages: [{ role: "user", content: "broken \ud800 surrogate" }] }),
  );
  const panel = codePanel(page);
  await panel.getByRole("tab", { name: "Python", exact: true }).click();
  await expect(panel.getByRole("note")).toContainText(
    "Python cannot send this request: a text holds a lone surrogate",
  );
  await panel.getByRole("tab", { name: "TypeScript", exact: true }).click();
  await expect(panel.getByRole("note")).toHaveCount(0);
});
