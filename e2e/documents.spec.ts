import { expect, type Locator, type Page, test } from "@playwright/test";
import { minimalPdf } from "@/lib/testing/minimal-pdf";
import { seriousViolations } from "./fixtures/a11y";
import {
  conversationPanel,
  openFreshPlayground,
  readRequestBody,
  reply,
  runButton,
  runUntilDone,
} from "./fixtures/messages-body";
import { recordSentRequests, type SentRequest } from "./fixtures/sent-requests";
import { renderedText } from "./fixtures/views";

const PROMPT = "Hello! What can you do?";
const NOTES = "# Notes\nRevenue grew 12%.\nCosts fell.\n";

function filesInput(page: Page) {
  return page.getByLabel("Files to attach to message 1");
}

function chip(page: Page, name: string): Locator {
  return conversationPanel(page).getByRole("listitem", { name: `Attached ${name}`, exact: true });
}

async function attachReportAndNotes(page: Page) {
  await filesInput(page).setInputFiles([
    { name: "report.pdf", mimeType: "application/pdf", buffer: minimalPdf(2) },
    { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from(NOTES) },
  ]);
}

/** Opens the Attach menu of message 1 and adds `url` by URL, as the kind the form guesses. */
async function addByUrl(page: Page, url: string) {
  await page.getByRole("button", { name: "Attach to message 1", exact: true }).click();
  const menu = page.getByRole("dialog", { name: "Attach to message 1" });
  await menu.getByLabel("Image or PDF URL").fill(url);
  await menu.getByRole("button", { name: "Add", exact: true }).click();
  return menu;
}

/** The content of the first message of the one request the page sent. */
function sentContent(sent: SentRequest[]): unknown {
  expect(sent).toHaveLength(1);
  const messages = sent[0]?.body.messages as { content: unknown }[] | undefined;
  return messages?.[0]?.content;
}

test.beforeEach(async ({ page }) => {
  await openFreshPlayground(page);
});

test("a PDF and a text file become document chips, and the run sends them as document blocks", async ({
  page,
}) => {
  const sent = recordSentRequests(page);
  await attachReportAndNotes(page);
  const pdf = chip(page, "document 1 of message 1");
  const notes = chip(page, "document 2 of message 1");
  await expect(pdf).toContainText("report.pdf");
  await expect(pdf).toContainText("PDF · 840 B · 2 pages");
  await expect(notes).toContainText("notes.md");
  await expect(notes).toContainText(`text/plain · ${Buffer.byteLength(NOTES)} B`);
  await pdf.getByRole("switch", { name: "Citations" }).click();
  await expect(pdf.getByRole("switch", { name: "Citations" })).toHaveAttribute(
    "aria-checked",
    "true",
  );

  await runUntilDone(page);
  expect(sentContent(sent)).toEqual([
    { type: "text", text: PROMPT },
    {
      type: "document",
      source: {
        type: "base64",
        media_type: "application/pdf",
        data: minimalPdf(2).toString("base64"),
      },
      title: "report.pdf",
      citations: { enabled: true },
    },
    {
      type: "document",
      source: { type: "text", media_type: "text/plain", data: NOTES },
      title: "notes.md",
    },
  ]);
  // The emulator read both: its answer names the PDF's pages and the text's length.
  const answer = await renderedText(reply(page));
  expect(answer).toContain(
    `I see 2 documents (application/pdf, ~1 KB, 2 pages, "report.pdf"; text/plain, ${NOTES.length} characters, "notes.md")`,
  );
});

test("the title and context of a document are edited on its chip, and removing it keeps the text", async ({
  page,
}) => {
  await attachReportAndNotes(page);
  const notes = chip(page, "document 2 of message 1");
  await notes.getByText("Title and context").click();
  await notes.getByLabel("Title").fill("Quarterly notes");
  await notes.getByLabel("Context (not cited)").fill("Written by finance");
  await expect(notes).toContainText("Quarterly notes");
  const body = await readRequestBody(page);
  const blocks = (body.messages as { content: Record<string, unknown>[] }[])[0]?.content;
  expect(blocks?.[2]).toMatchObject({ title: "Quarterly notes", context: "Written by finance" });

  await page.getByRole("button", { name: "Remove document 1 of message 1" }).click();
  await expect(chip(page, "document 2 of message 1")).toHaveCount(0);
  await expect(chip(page, "document 1 of message 1")).toContainText("Quarterly notes");
  await expect(page.getByLabel("Message 1 text")).toHaveValue(PROMPT);
});

test("an image and a PDF by URL are checked, added and sent as URL sources", async ({ page }) => {
  const sent = recordSentRequests(page);
  const menu = await addByUrl(page, "example.com/cat.png");
  await expect(menu.getByRole("alert")).toHaveText(
    '"example.com/cat.png" is not a well-formed URL (it should look like https://example.com/file.pdf).',
  );
  await expect(menu.getByLabel("Image or PDF URL")).toHaveAttribute("aria-invalid", "true");
  await menu.getByLabel("Image or PDF URL").fill("ftp://example.com/cat.png");
  await menu.getByRole("button", { name: "Add", exact: true }).click();
  await expect(menu.getByRole("alert")).toContainText("Only http and https URLs");
  await menu.getByLabel("Image or PDF URL").fill("https://example.com/cat.png");
  await expect(menu.getByLabel("Add as")).toHaveValue("image");
  await menu.getByRole("button", { name: "Add", exact: true }).click();
  await expect(menu).toBeHidden();

  await addByUrl(page, "https://example.com/papers/annual%20report.pdf");
  await expect(chip(page, "document 1 of message 1")).toContainText("annual report.pdf");
  await expect(chip(page, "document 1 of message 1")).toContainText("PDF by URL");
  await expect(page.getByRole("img", { name: "Attached image 1 of message 1" })).toHaveAttribute(
    "src",
    "https://example.com/cat.png",
  );

  await runUntilDone(page);
  expect(sentContent(sent)).toEqual([
    { type: "text", text: PROMPT },
    { type: "image", source: { type: "url", url: "https://example.com/cat.png" } },
    {
      type: "document",
      source: { type: "url", url: "https://example.com/papers/annual%20report.pdf" },
    },
  ]);
});

test("a PDF too large for a request, or one that is not a PDF, is refused and nothing is lost", async ({
  page,
}) => {
  await attachReportAndNotes(page);
  // 25 MB is 33.3 MB as base64: over the 32 MB request limit.
  await filesInput(page).setInputFiles([
    { name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(25 * 1024 * 1024, 32) },
    { name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") },
  ]);
  const alert = conversationPanel(page).getByRole("alert");
  await expect(alert).toContainText(
    "huge.pdf is 25.0 MB: as base64 it would pass the API's 32.0 MB request limit.",
  );
  await expect(alert).toContainText("fake.pdf is not a PDF: it does not start with %PDF-.");
  await expect(chip(page, "document 2 of message 1")).toContainText("notes.md");
  await expect(chip(page, "document 3 of message 1")).toHaveCount(0);
  await expect(page.getByLabel("Message 1 text")).toHaveValue(PROMPT);
  await expect(runButton(page)).toBeEnabled();
});

test("PDF pages are checked before sending: a warning past 100, Run blocked past 600", async ({
  page,
}) => {
  await filesInput(page).setInputFiles({
    name: "long.pdf",
    mimeType: "application/pdf",
    buffer: minimalPdf(120),
  });
  await expect(chip(page, "document 1 of message 1")).toContainText("120 pages");
  const message = page.getByRole("listitem", { name: "Message 1", exact: true });
  await expect(message).toContainText(
    "The PDFs have 120 pages; models with a context window of 200k tokens or less accept at most 100 pages per request.",
  );
  await expect(runButton(page)).toBeEnabled();

  await filesInput(page).setInputFiles({
    name: "longer.pdf",
    mimeType: "application/pdf",
    buffer: minimalPdf(500),
  });
  await expect(message).toContainText(
    "The PDFs have 620 pages; the API accepts at most 600 pages per request.",
  );
  await expect(runButton(page)).toBeDisabled();
  await page.getByRole("button", { name: "Remove document 2 of message 1" }).click();
  await expect(runButton(page)).toBeEnabled();
});

for (const width of [1280, 390]) {
  test(`chips show name, type, size and pages in full at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await filesInput(page).setInputFiles([
      {
        name: "a-quarterly-report-with-a-very-long-file-name-2026.pdf",
        mimeType: "application/pdf",
        buffer: minimalPdf(3),
      },
      // 6.2 KB as JPEG: "image/jpeg · 6.2 KB" is wider than the thumbnail.
      { name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(6_350, 1) },
    ]);
    const pdf = chip(page, "document 1 of message 1");
    await expect(pdf).toContainText("a-quarterly-report-with-a-very-long-file-name-2026.pdf");
    await expect(pdf).toContainText("PDF · 1.1 KB · 3 pages");
    const caption = page.getByText("image/jpeg · 6.2 KB", { exact: true });
    await expect(caption).toBeVisible();
    // Nothing is cut: every line of the chips fits its box.
    for (const text of [caption, pdf.getByText(/PDF · /), pdf.getByText(/very-long-file-name/)]) {
      const [scrollWidth, clientWidth, scrollHeight, clientHeight] = await text.evaluate((el) => [
        el.scrollWidth,
        el.clientWidth,
        el.scrollHeight,
        el.clientHeight,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
    }
    await page.screenshot({ path: test.info().outputPath(`chips-${width}.png`) });
  });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("document chips and the Attach menu have no serious accessibility violations", async ({
      page,
    }) => {
      await expect(page.locator("html")).toHaveClass(
        scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/,
      );
      await attachReportAndNotes(page);
      await chip(page, "document 2 of message 1").getByText("Title and context").click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Attach to message 1", exact: true }).click();
      const menu = page.getByRole("dialog", { name: "Attach to message 1" });
      await menu.getByLabel("Image or PDF URL").fill("nope");
      await menu.getByRole("button", { name: "Add", exact: true }).click();
      await expect(menu.getByRole("alert")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`attach-${scheme}.png`) });
    });
  });
}
