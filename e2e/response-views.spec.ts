import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runFreshRequest,
  runUntilDone,
} from "./fixtures/request";

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
