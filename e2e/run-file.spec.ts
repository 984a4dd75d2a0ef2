import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  messagesBody,
  openFreshPlayground,
  readRequestBody,
  runFreshRequest,
} from "./fixtures/messages-body";
import { weatherTool } from "./fixtures/tools";
import { readRunViews, runSource } from "./fixtures/views";

async function exportRun(page: Page): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export run" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^zenmux-run-anthropic-claude-sonnet-4\.5-.*\.json$/);
  return readFileSync((await file.path()) ?? "", "utf8");
}

async function importFile(page: Page, text: string, name = "run.json") {
  await page.getByRole("button", { name: "Import" }).click();
  await page
    .getByRole("dialog", { name: "Import a request" })
    .getByLabel("Open a run file")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** Drops a file on the page as a user dragging it from their desktop would. */
async function dropFile(page: Page, text: string, name: string) {
  const dataTransfer = await page.evaluateHandle(
    ([content, fileName]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: "application/json" }));
      return transfer;
    },
    [text, name] as const,
  );
  const target = page.getByRole("main");
  await target.dispatchEvent("dragover", { dataTransfer });
  await expect(page.getByText("Drop a run file to open its request and answer")).toBeVisible();
  await target.dispatchEvent("drop", { dataTransfer });
}

test("Export writes a versioned run file; Import and drag and drop bring back the request and answer", async ({
  page,
  browser,
}) => {
  const body = messagesBody({
    tools: [weatherTool],
    messages: [{ role: "user", content: "What is the weather in Paris?" }],
  });
  await runFreshRequest(page, body);
  const original = await readRunViews(page);
  const text = await exportRun(page);
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: "zenmux-playground-run", version: 1 });
  expect(file.recording.mode).toBe("demo");
  expect(file.recording.request.body).toEqual(body);
  expect(file.recording.chunks.length).toBeGreaterThan(0);

  for (const how of ["Import", "drop"] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await openFreshPlayground(other);
    if (how === "Import") await importFile(other, text);
    else await dropFile(other, text, "run.json");
    await expect(runSource(other)).toHaveText("Recorded · from file");
    expect(await readRunViews(other)).toEqual(original);
    expect(await readRequestBody(other)).toEqual(body);
    await context.close();
  }
});

const valid = () =>
  JSON.stringify({
    format: "zenmux-playground-run",
    version: 1,
    recording: {
      request: { body: messagesBody(), betas: [] },
      mode: "demo",
      startedAtEpoch: 1,
      chunks: [],
    },
  });

// Each way a file can be wrong (not JSON, another kind of file, a newer version, wrong types, a
// prototype-polluting key) has its message proven by lib/share/run-file.test.ts. Here the most
// hostile of them goes through both ways in: the Import dialog and a drop on the page.
const HOSTILE = valid().replace('"mode":"demo"', '"mode":"demo","__proto__":{"polluted":1}');

test("a run file with a prototype-polluting key is refused with a clear message and changes nothing", async ({
  page,
}) => {
  await openFreshPlayground(page);
  const before = await readRequestBody(page);
  await importFile(page, HOSTILE);
  const dialog = page.getByRole("dialog", { name: "Import a request" });
  await expect(dialog.getByRole("alert")).toHaveText(/__proto__/);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await dropFile(page, HOSTILE, "hostile.json");
  await expect(page.getByRole("alert").filter({ hasText: "hostile.json" })).toContainText(
    /__proto__/,
  );
  expect(await readRequestBody(page)).toEqual(before);
  await expect(page.getByRole("heading", { name: "Start with an example" })).toBeVisible();
  expect(await page.evaluate(() => "polluted" in {})).toBe(false);
});
