import { type Browser, expect, type Page, test } from "@playwright/test";
import { seriousViolations, testInBothThemes } from "./fixtures/a11y";
import { messagesBody, readRequestBody, setRequestBody } from "./fixtures/messages-body";
import { recordSentRequests } from "./fixtures/sent-requests";
import { expectRenderedText, renderedText } from "./fixtures/views";

const SONNET = "anthropic/claude-sonnet-4.5";
const GPT = "openai/gpt-5-mini";

function column(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

function columnStatus(page: Page, name: string) {
  return column(page, name).getByRole("status", { name: "Run status" });
}

async function openComparison(page: Page, query: string, models: readonly string[]) {
  await page.goto(`/${query}`);
  for (const model of models) await expect(column(page, model)).toBeVisible();
  // The address is read once and cleared, as share links are.
  await expect(page).toHaveURL(/\/$/);
}

test("?model=a,b opens a comparison of those models; Run all streams each, an error stays in its column", async ({
  page,
}) => {
  const sent = recordSentRequests(page);
  await openComparison(page, `?model=${SONNET},emulator/overloaded`, [
    SONNET,
    "emulator/overloaded",
  ]);
  await expect(page.getByRole("heading", { name: "Compare 2 columns" })).toBeVisible();
  await page.getByRole("button", { name: "Run all" }).click();

  await expect(columnStatus(page, SONNET)).toHaveText("Done");
  await expect(columnStatus(page, "emulator/overloaded")).toHaveText("Error");
  await expect(column(page, SONNET).getByRole("article", { name: "Reply" })).not.toBeEmpty();
  await expect(column(page, SONNET).getByRole("alert")).toHaveCount(0);
  await expect(column(page, "emulator/overloaded").getByRole("alert")).toContainText(/overloaded/i);

  expect(sent.map((request) => request.body.model).sort()).toEqual(
    [SONNET, "emulator/overloaded"].sort(),
  );
  const shared = sent[0]?.body;
  for (const request of sent)
    expect({ ...request.body, model: "" }).toEqual({ ...shared, model: "" });

  // Each column has the four views of a run.
  const sonnet = column(page, SONNET);
  await sonnet.getByRole("tab", { name: "Events" }).click();
  await expect(sonnet.getByText("message_start").first()).toBeVisible();
  await sonnet.getByRole("tab", { name: "Raw" }).click();
  await expect(sonnet.getByText(/event: message_stop/)).toBeVisible();
  await sonnet.getByRole("tab", { name: "Metrics" }).click();
  await expect(sonnet.getByRole("definition").first()).toBeVisible();

  // The summary row ranks the figures of the runs that finished.
  const summary = page.getByRole("table", { name: "Summary" });
  await expect(summary.getByRole("row", { name: new RegExp(`^${SONNET}`) })).toContainText("done");
  await expect(summary.getByRole("row", { name: /^emulator\/overloaded/ })).toContainText("error");
});

test("a 404's model fix inside a column changes that column's model, not the shared request's", async ({
  page,
}) => {
  const native = "claude-3-5-sonnet-20241022";
  const shared = "google/gemini-2.5-flash";
  await page.goto("/");
  await setRequestBody(page, messagesBody({ model: shared }));
  const sent = recordSentRequests(page);
  await openComparison(page, `?model=${native},${GPT}`, [native, GPT]);
  await column(page, native).getByRole("button", { name: "Run", exact: true }).click();
  await expect(columnStatus(page, native)).toHaveText("Error");
  const alert = column(page, native).getByRole("alert").filter({ hasText: "HTTP 404" });
  await expect(alert).toContainText(`Did you mean ${SONNET}?`);
  await alert.getByRole("button", { name: `Use ${SONNET}` }).click();

  // The column is now named by its new model, and says what changed.
  const fixed = column(page, SONNET);
  await expect(fixed.getByRole("combobox", { name: `Model of ${SONNET}` })).toHaveValue(SONNET);
  await expect(fixed.getByRole("status").filter({ hasText: "now uses" })).toHaveText(
    `The column now uses ${SONNET}.`,
  );
  await expect(column(page, GPT)).toBeVisible();
  expect((await readRequestBody(page)).model).toBe(shared);

  // Re-run sends the fixed model, and succeeds.
  await fixed.getByRole("button", { name: "Re-run" }).click();
  await expect(columnStatus(page, SONNET)).toHaveText("Done");
  expect(sent.map((request) => request.body.model)).toEqual([native, SONNET]);
});

test("ten columns from ?models=, some failing: each sends its own model; stop one, re-run one", async ({
  page,
}) => {
  const models = [
    SONNET,
    GPT,
    "emulator/overloaded",
    "emulator/stream-error",
    "anthropic/claude-haiku-4.5",
    "emulator/rate-limited",
    "google/gemini-2.5-flash",
    "x-ai/grok-4",
    "emulator/slow-stream",
    "deepseek/deepseek-chat-v3.1",
  ];
  await page.goto("/");
  await setRequestBody(page, messagesBody({ max_tokens: 300, temperature: 0.5 }));
  const sent = recordSentRequests(page);
  await openComparison(page, `?models=${models.join(",")}`, models);
  await expect(page.getByRole("button", { name: "Add column" })).toBeDisabled();
  await page.getByRole("button", { name: "Run all" }).click();
  await expect(page.getByRole("button", { name: "Stop all" })).toBeVisible();

  // Stop the slow one while it streams.
  const slow = column(page, "emulator/slow-stream");
  await expect(columnStatus(page, "emulator/slow-stream")).toHaveText(/Streaming|Sending/);
  await slow.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(columnStatus(page, "emulator/slow-stream")).toHaveText("Stopped");

  for (const model of [SONNET, GPT, "anthropic/claude-haiku-4.5", "google/gemini-2.5-flash"]) {
    await expect(columnStatus(page, model)).toHaveText("Done", { timeout: 30_000 });
  }
  for (const model of ["emulator/overloaded", "emulator/stream-error", "emulator/rate-limited"]) {
    await expect(columnStatus(page, model)).toHaveText("Error", { timeout: 30_000 });
    await expect(column(page, model).getByRole("alert").first()).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Run all" })).toBeVisible({ timeout: 30_000 });
  expect(sent).toHaveLength(10);
  expect(sent.map((request) => request.body.model).sort()).toEqual([...models].sort());
  for (const request of sent) {
    expect(request.body).toMatchObject({ max_tokens: 300, temperature: 0.5 });
  }

  // Re-run one: exactly one more request, for that column's model.
  await column(page, GPT).getByRole("button", { name: "Re-run" }).click();
  await expect.poll(() => sent.length).toBe(11);
  expect(sent[10]?.body.model).toBe(GPT);
  await expect(columnStatus(page, GPT)).toHaveText("Done");
  await expect(columnStatus(page, SONNET)).toHaveText("Done");
});

test("a column's overrides show as a diff and go upstream; the code panel shows the focused column; open in playground", async ({
  page,
}) => {
  await page.goto("/");
  await setRequestBody(page, messagesBody({ temperature: 1, system: "Be brief." }));
  const sent = recordSentRequests(page);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("region", { name: "Comparison" })).toBeVisible();
  const second = page.getByRole("region", { name: "Comparison" }).getByRole("region").nth(1);
  const model = second.getByRole("combobox", { name: /^Model of / });
  await model.fill(GPT);
  const gpt = column(page, GPT);
  await gpt.getByText("field differs from the shared request").click();
  await gpt
    .getByRole("textbox", { name: /Overrides/ })
    .fill('{"temperature": 0.2, "system": null, "max_tokens": 64}');
  const changes = gpt.getByRole("list", { name: `How ${GPT} differs from the shared request` });
  await expect(changes).toContainText("temperature: 1 → 0.2");
  await expect(changes).toContainText('system: "Be brief." → (left out)');
  await expect(changes).toContainText("max_tokens: 1024 → 64");

  // The code panel follows the focused column.
  const code = page.getByRole("region", { name: "Code" });
  await expect(code).toContainText(GPT);
  await expect(code).not.toContainText("Be brief.");
  await column(page, SONNET).getByRole("tab", { name: "Response" }).click();
  await expect(code).toContainText("Be brief.");
  await expect(code).not.toContainText(GPT);

  await page.keyboard.press("Control+Enter");
  await expect(columnStatus(page, GPT)).toHaveText("Done");
  await expect(columnStatus(page, SONNET)).toHaveText("Done");
  const bodies = Object.fromEntries(sent.map((request) => [request.body.model, request.body]));
  expect(bodies[GPT]).toMatchObject({ temperature: 0.2, max_tokens: 64 });
  expect(bodies[GPT]).not.toHaveProperty("system");
  expect(bodies[SONNET]).toMatchObject({ temperature: 1, max_tokens: 1024, system: "Be brief." });

  // Diff the two answers by word, then by line.
  const answer = await renderedText(column(page, SONNET).getByRole("article", { name: "Reply" }));
  const firstWord = answer.trim().split(/\s+/)[0] ?? "";
  await page.getByRole("button", { name: "Diff answers" }).click();
  const dialog = page.getByRole("dialog", { name: "Diff two answers" });
  await expect(dialog.getByRole("combobox", { name: "First column" })).toHaveValue("0");
  await dialog.getByRole("combobox", { name: "Second column" }).selectOption({ label: GPT });
  const diff = dialog.getByRole("region", { name: "Answer diff" });
  await expect(diff).not.toBeEmpty();
  await expect(diff).toContainText(firstWord);
  await dialog.getByRole("radio", { name: "By line" }).check();
  await expect(diff).toContainText(firstWord);
  await dialog.getByRole("button", { name: "Close" }).click();

  await gpt.getByRole("button", { name: "Open in playground" }).click();
  await expect(page.getByRole("region", { name: "Comparison" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeVisible();
  // Back in the playground the code opens on demand, showing the opened column's request.
  await page.getByRole("button", { name: "Code", exact: true }).click();
  await expect(page.getByRole("region", { name: "Code" })).toContainText(GPT);
  await expect(page.getByRole("region", { name: "Code" })).not.toContainText("Be brief.");
});

async function freshPage(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sent = recordSentRequests(page);
  await page.goto(url);
  return { context, page, sent };
}

test("a comparison share link with the answers opens them in a fresh browser, as recorded", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openComparison(page, `?model=${SONNET},emulator/stream-error`, [
    SONNET,
    "emulator/stream-error",
  ]);
  await page.getByRole("button", { name: "Run all" }).click();
  await expect(columnStatus(page, SONNET)).toHaveText("Done");
  await expect(columnStatus(page, "emulator/stream-error")).toHaveText("Error");
  const answer = await renderedText(column(page, SONNET).getByRole("article", { name: "Reply" }));

  await page.getByRole("button", { name: "Share comparison" }).click();
  await page.getByRole("switch", { name: "Include the answers" }).click();
  await expect(page.getByRole("switch", { name: "Include the answers" })).toBeChecked();
  await expect(page.getByText("and each answer as recorded")).toBeVisible();
  const url = await page.getByRole("textbox", { name: "Comparison link" }).inputValue();
  expect(url).toContain("#c=");

  const fresh = await freshPage(browser, url);
  await expectRenderedText(
    column(fresh.page, SONNET).getByRole("article", { name: "Reply" }),
    answer,
  );
  await expect(column(fresh.page, SONNET).getByRole("status", { name: "Run source" })).toHaveText(
    "Recorded · from link",
  );
  await expect(
    column(fresh.page, "emulator/stream-error").getByRole("alert").first(),
  ).toBeVisible();
  expect(fresh.sent).toHaveLength(0);
  await fresh.context.close();

  // Without the answers: the same comparison, ready to run.
  await page.getByRole("switch", { name: "Include the answers" }).click();
  const plain = await page.getByRole("textbox", { name: "Comparison link" }).inputValue();
  const second = await freshPage(browser, plain);
  await expect(columnStatus(second.page, SONNET)).toHaveText("Ready");
  await expect(columnStatus(second.page, "emulator/stream-error")).toHaveText("Ready");
  await second.context.close();
});

testInBothThemes(
  "the comparison has no serious accessibility violations",
  async (page, scheme) => {
    await openComparison(page, `?model=${SONNET},emulator/overloaded,${GPT}`, [SONNET, GPT]);
    await page.getByRole("button", { name: "Run all" }).click();
    await expect(columnStatus(page, GPT)).toHaveText("Done");
    await expect(columnStatus(page, "emulator/overloaded")).toHaveText("Error");
    await column(page, GPT)
      .getByText(/from the shared request/)
      .click();
    expect(await seriousViolations(page, 'section[aria-label="Comparison"]')).toEqual([]);
    await page.screenshot({ path: `test-results/compare-${scheme}.png` });
    await page.getByRole("button", { name: "Diff answers" }).click();
    await expect(page.getByRole("region", { name: "Answer diff" })).toBeVisible();
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Share comparison" }).click();
    await expect(page.getByRole("textbox", { name: "Comparison link" })).toBeVisible();
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  },
  // axe reads every column's DOM: slow on a shared two-core machine.
  180_000,
);
