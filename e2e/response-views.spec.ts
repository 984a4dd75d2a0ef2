import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runFreshRequest,
  runUntilDone,
} from "./fixtures/messages-body";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("Response renders Markdown with a highlighted code block, and Copy copies the text", async ({
  page,
}) => {
  await runFreshRequest(
    page,
    messagesBody({
      messages: [{ role: "user", content: "Write a python function that adds numbers" }],
    }),
  );
  // Shiki and its Python grammar load lazily; the block's tokens then carry their colours.
  const block = reply(page).getByRole("region", { name: "Code block (python)" });
  await expect(block).toContainText("def ");
  await expect(block.locator('span[style*="color"]').first()).toBeVisible();
  await expect(block.locator('span[style*="--shiki-dark"]').first()).toBeVisible();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("```python");
  expect(copied).toContain("def ");

  expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
});

/** The reply as Markdown, as its Copy button gives it. */
async function copiedReply(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("a long list and a long table stream in as one list and one table, nothing lost or doubled", async ({
  page,
}) => {
  const ask = (content: string) =>
    messagesBody({ max_tokens: 4000, messages: [{ role: "user", content }] });
  await runFreshRequest(page, ask("Write a 2500-token numbered list of ideas about caching"));
  const list = reply(page).locator("ol");
  await expect(list).toHaveCount(1);
  const items = (await copiedReply(page)).match(/^\d+\. .*$/gm) ?? [];
  expect(items.length).toBeGreaterThan(40);
  // Every item once, in order: each opens with its bold approach name.
  const shown = await list.locator(":scope > li > strong:first-child").allInnerTexts();
  expect(shown).toEqual(items.map((item) => /^\d+\. \*\*(.+?)\*\*/.exec(item)?.[1]));

  await runFreshRequest(page, ask("Compare caching approaches in a 2500-token table"));
  const table = reply(page).locator("table");
  await expect(table).toHaveCount(1);
  const rows = (await copiedReply(page)).match(/^\| \d+ \|.*$/gm) ?? [];
  expect(rows.length).toBeGreaterThan(40);
  await expect(table.locator("thead tr")).toHaveCount(1);
  const firstCells = await table.locator("tbody tr td:first-child").allInnerTexts();
  expect(firstCells).toEqual(rows.map((_, i) => String(i + 1)));
  // The header's alignment reaches the last rows too: they were parsed with it.
  await expect(table.locator("tbody tr").last().locator("td").last()).toHaveCSS(
    "text-align",
    "right",
  );
});

test("Events lists each SSE event with its offset, including pings and keep-alive comments", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await runUntilDone(page);
  await page.getByRole("tab", { name: "Events" }).click();
  const events = page.getByRole("list", { name: "Stream events" });
  await expect(events.getByRole("listitem").first()).toBeVisible();
  await expect(events).toContainText(": ZENMUX PROCESSING");
  await expect(events.getByText("message_start", { exact: true })).toBeVisible();
  await expect(events.getByText("ping", { exact: true }).first()).toBeVisible();
  await expect(events.getByText("message_stop", { exact: true })).toBeVisible();
  await expect(events.getByText(/^\+\d+ ms$/).first()).toBeVisible();
  // Expanding an event shows its payload, pretty-printed.
  await events.getByText("message_delta", { exact: true }).click();
  await expect(events.getByText(/"stop_reason": "end_turn"/)).toBeVisible();

  expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
});

test("Raw shows the status, headers and the body exactly as received, and copies it", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await runUntilDone(page);
  await page.getByRole("tab", { name: "Raw" }).click();
  await expect(page.getByText("HTTP 200", { exact: true }).last()).toBeVisible();
  const headers = page.getByRole("region", { name: "Response headers" });
  await expect(headers.getByRole("rowheader", { name: "x-zenmux-requestid" })).toBeVisible();
  await expect(headers.getByRole("rowheader", { name: "content-type", exact: true })).toBeVisible();
  const body = page.getByTestId("raw-body");
  await expect(body).toContainText("event: message_start");
  await expect(body).toContainText(": ZENMUX PROCESSING");
  await page.getByRole("button", { name: "Copy raw" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await body.textContent());
  expect(copied).toMatch(/event: message_stop\ndata: \{"type":"message_stop"\}\n\n$/);
});

test("Metrics shows timings, token counts and the estimated cost from the catalog", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await runUntilDone(page);
  await page.getByRole("tab", { name: "Metrics" }).click();
  const metrics = page
    .getByRole("list", { name: "Metrics" })
    .or(page.locator('dl[aria-label="Metrics"]'));
  await expect(metrics).toContainText("Time to first token");
  await expect(metrics).toContainText(/Input tokens\s*\d+/);
  await expect(metrics).toContainText(/Output tokens\s*\d+/);
  await expect(metrics).toContainText(/Output tokens per second\s*\d+(\.\d)?/);
  await expect(metrics).toContainText(/Estimated cost\s*\$0\.\d+/);
  await expect(metrics).toContainText(/Stop reason\s*end_turn/);
  await expect(page.getByRole("table")).toContainText("Output");
});

test("an alias run is priced by the model that answered it", async ({ page }) => {
  // ZenMux resolves Anthropic's alias itself and names the model that ran in the response.
  await runFreshRequest(page, messagesBody({ model: "claude-sonnet-4-5" }));
  await page.getByRole("tab", { name: "Metrics" }).click();
  await expect(page.getByRole("note", { name: "Response model" }).first()).toContainText(
    "Answered by anthropic/claude-sonnet-4.5",
  );
  await expect(page.locator('dl[aria-label="Metrics"]')).toContainText(/Estimated cost\s*\$0\.\d+/);
  await expect(page.getByRole("table")).toContainText(
    "Cost breakdown (anthropic/claude-sonnet-4.5)",
  );
});
