import { type Browser, expect, type Page, test } from "@playwright/test";
import { GRAMMAR_FAULT_RULES } from "../lib/emulator/grammar-faults";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  readRequestBody,
  runButton,
  runError,
  runStatus,
  runUntilDone,
  setRequestBody,
} from "./fixtures/messages-body";
import { type SecondServer, startSecondServer } from "./fixtures/second-server";
import { replayAt } from "./fixtures/views";
import { expectHistoryCount } from "./fixtures/wait-for-history";

/**
 * Issue 11, items 3 and 4: every stream checked against the Messages grammar, and ZenMux's own
 * rules (model ids, conversion, the model that answered, key kinds, credit) where they matter.
 */

const SONNET = "anthropic/claude-sonnet-4.5";
const NATIVE = "claude-3-5-sonnet-20241022";
// Fake keys, built from parts so that no committed line looks like a real ZenMux key.
const SUBSCRIPTION_KEY = `sk-ss-v1-${"e2e-fake-subscription-0123456789"}`;
const PAYG_KEY = `sk-ai-v1-${"e2e-fake-payg-0123456789"}`;

/**
 * Which rule each grammar fault model breaks is proven for every model by the checker's unit
 * test (lib/emulator/grammar-faults.test.ts). Here the Events view names them for a fault placed
 * at an event (two rules at once), one placed at the stream's end, and the emulator's error
 * mid-stream.
 */
const FAULTS: Record<string, readonly string[]> = {
  "emulator/protocol-after-error": GRAMMAR_FAULT_RULES["emulator/protocol-after-error"],
  "emulator/protocol-missing-stop": GRAMMAR_FAULT_RULES["emulator/protocol-missing-stop"],
  "emulator/stream-error": ["stream-error"],
};

const modelButton = (page: Page) => page.getByRole("button", { name: "Model", exact: true });
const verdict = (page: Page) =>
  page.getByRole("region", { name: "Response" }).getByRole("region", { name: "Protocol check" });

async function runToEnd(page: Page, body: Record<string, unknown>) {
  await openFreshPlayground(page);
  await setRequestBody(page, body);
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText(/^(Done|Error)$/);
}

// The unknown event is tolerated: its own test below.
for (const [model, rules] of Object.entries(FAULTS)) {
  test(`${model}: the Events view names its violation with the event's number`, async ({
    page,
  }) => {
    await runToEnd(page, messagesBody({ model }));
    await page.getByRole("tab", { name: "Events" }).click();
    const check = verdict(page);
    await expect(check).toContainText(/protocol: \d+ violations?/);
    for (const rule of rules) await expect(check).toContainText(`· ${rule}:`);
    if (model === "emulator/protocol-after-error")
      await page.screenshot({ path: "test-results/protocol-violations-light.png" });
    await expect(check).not.toContainText("protocol ✓");
    // Violations are placed: by the event's number, or at the stream's end.
    await expect(check).toContainText(/event #\d+|end of stream/);
  });
}

test("an unknown event type is tolerated and named: protocol ✓ with a note", async ({ page }) => {
  await runToEnd(page, messagesBody({ model: "emulator/protocol-unknown-event" }));
  await expect(runStatus(page)).toHaveText("Done");
  await page.getByRole("tab", { name: "Events" }).click();
  await expect(verdict(page)).toContainText("protocol ✓");
  await expect(verdict(page)).toContainText('Unknown event type "zenmux_routing", tolerated.');
});

test("a normal run shows protocol ✓, live and replayed, and the verdict is axe-clean in both themes", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await runUntilDone(page);
  await page.getByRole("tab", { name: "Events" }).click();
  await expect(verdict(page)).toHaveText("protocol ✓");
  expect(await seriousViolations(page, '[aria-label="Protocol check"]')).toEqual([]);

  await replayAt(page, "at once");
  await expect(runStatus(page)).toHaveText("Done");
  await page.getByRole("tab", { name: "Events" }).click();
  await expect(verdict(page)).toHaveText("protocol ✓");

  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await seriousViolations(page, '[aria-label="Protocol check"]')).toEqual([]);
  await page.screenshot({ path: "test-results/protocol-ok-dark.png" });
});

test("a restored run is checked again from its recording: the violation comes back after a reload", async ({
  page,
}) => {
  await runToEnd(page, messagesBody({ model: "emulator/protocol-duplicate-start" }));
  await expectHistoryCount(page, 1);
  await page.reload();
  await page.getByRole("button", { name: "History" }).click();
  const history = page.getByRole("dialog", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await history.getByRole("button", { name: /^Restore run/ }).click();
  await expect(page.getByRole("status", { name: "Run source" })).toContainText("Recorded");
  await page.getByRole("tab", { name: "Events" }).click();
  await expect(verdict(page)).toContainText("· message-start:");
});

test("each compare column shows its own verdict", async ({ page }) => {
  const bad = "emulator/protocol-wrong-delta";
  await page.goto(`/?model=${SONNET},${bad}`);
  const good = page.getByRole("region", { name: SONNET, exact: true });
  const broken = page.getByRole("region", { name: bad, exact: true });
  await expect(good).toBeVisible();
  await page.getByRole("button", { name: "Run all" }).click();
  await expect(good.getByRole("status", { name: "Run status" })).toHaveText("Done");
  await expect(broken.getByRole("status", { name: "Run status" })).toHaveText(/^(Done|Error)$/);
  await expect(good.getByRole("region", { name: "Protocol check" })).toHaveText("protocol ✓");
  const brokenCheck = broken.getByRole("region", { name: "Protocol check" });
  await expect(brokenCheck).toContainText("protocol:");
  await brokenCheck.getByText(/violation/).click();
  await expect(brokenCheck).toContainText("· delta-type:");
  await page.screenshot({ path: "test-results/protocol-compare-light.png" });
  expect(await seriousViolations(page, '[aria-label="Protocol check"]')).toEqual([]);
});

test("importing a cURL command with Anthropic's own model id offers the ZenMux id, and the fix runs", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await page.getByRole("button", { name: "Import" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a request" });
  await dialog
    .getByLabel(/Paste a cURL command/)
    .fill(`curl https://api.anthropic.com/v1/messages \\
  -H "anthropic-version: 2023-06-01" \\
  -d '{"model":"${NATIVE}","max_tokens":200,"messages":[{"role":"user","content":"Hi"}]}'`);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  // The emulator, like ZenMux today, no longer lists Claude 3.5 Sonnet: the newest Sonnet is offered.
  await expect(dialog).toContainText(`Did you mean ${SONNET}?`);
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await page.screenshot({ path: "test-results/import-model-fix-light.png" });
  await dialog.getByRole("button", { name: `Use ${SONNET}` }).click();
  await expect(dialog.getByRole("status")).toHaveText(`The request now uses ${SONNET}.`);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(modelButton(page)).toContainText(SONNET);
  expect((await readRequestBody(page)).max_tokens).toBe(200);
  await runUntilDone(page);
});

test("a 404 for Anthropic's own id offers the fix in the error, and Retry then succeeds", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await setRequestBody(page, messagesBody({ model: NATIVE }));
  // Before sending, the picker already says so.
  const note = page.getByRole("region", { name: "How ZenMux reads this model" });
  await expect(note).toContainText(`Did you mean ${SONNET}?`);
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText("Error");
  const alert = runError(page);
  await expect(alert).toContainText("HTTP 404");
  await expect(alert).toContainText(`Did you mean ${SONNET}?`);
  expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
  await page.screenshot({ path: "test-results/404-model-fix-light.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
  await page.screenshot({ path: "test-results/404-model-fix-dark.png" });
  await alert.getByRole("button", { name: `Use ${SONNET}` }).click();
  await expect(modelButton(page)).toContainText(SONNET);
  await expect(note).toBeHidden();
  await runUntilDone(page);
});

test("a non-Anthropic model with top_k: the picker and the Top K field warn it will be dropped", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await setRequestBody(page, messagesBody({ model: "google/gemini-2.5-flash", top_k: 5 }));
  const note = page.getByRole("region", { name: "How ZenMux reads this model" });
  await expect(note).toContainText("drops top_k");
  await expect(page.getByText(/drops top_k, so it will have no effect/)).toBeVisible();
  expect(await seriousViolations(page, '[aria-label="Request"]')).toEqual([]);
  await page.screenshot({ path: "test-results/conversion-warning-light.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page, '[aria-label="Request"]')).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });

  // In the picker's list, each model that would lose it says so; Anthropic's do not.
  await modelButton(page).click();
  const list = page.getByRole("listbox", { name: "Models" });
  await expect(list.getByRole("option", { name: /google\/gemini-2\.5-flash/ })).toContainText(
    "drops top_k",
  );
  await expect(list.getByRole("option", { name: new RegExp(SONNET) })).not.toContainText("drops");
  await page.keyboard.press("Escape");

  // An Anthropic model keeps it: the warnings go.
  await setRequestBody(page, messagesBody({ model: SONNET, top_k: 5 }));
  await expect(note).toBeHidden();
});

test("a typed alias is accepted and shown resolved; the answer names the model that ran, shown beside the one asked", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await modelButton(page).click();
  await page.getByPlaceholder(/Search by id or name/).fill("claude-sonnet-4-5");
  const custom = page.getByRole("option", { name: /Use “claude-sonnet-4-5”/ });
  await expect(custom).toContainText(`alias of ${SONNET}`);
  await custom.click();
  await expect(modelButton(page)).toContainText("claude-sonnet-4-5");
  await expect(page.getByRole("region", { name: "How ZenMux reads this model" })).toContainText(
    `An alias: ZenMux runs ${SONNET}.`,
  );

  await runUntilDone(page);
  const header = page.getByRole("region", { name: "Response" }).getByRole("note", {
    name: "Response model",
  });
  await expect(header).toHaveText(`Answered by ${SONNET} · asked for claude-sonnet-4-5`);
  expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
  await page.screenshot({ path: "test-results/response-model-light.png" });
  await page.getByRole("tab", { name: "Metrics" }).click();
  await expect(
    page.getByRole("tabpanel", { name: "Metrics" }).getByRole("note", { name: "Response model" }),
  ).toHaveText(`Answered by ${SONNET} · asked for claude-sonnet-4-5`);

  // A :provider pin is read too.
  await modelButton(page).click();
  await page.getByPlaceholder(/Search by id or name/).fill(`${SONNET}:vertex`);
  await page.getByRole("option", { name: /Use “/ }).click();
  await expect(page.getByRole("region", { name: "How ZenMux reads this model" })).toContainText(
    `${SONNET}, pinned to the provider vertex.`,
  );
});

test("key settings name the key's kind by its prefix and never show the key", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Key settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Key settings" });
  const input = dialog.getByLabel("ZenMux API key");
  const kind = dialog.getByRole("status", { name: "Key kind" });

  await input.fill(PAYG_KEY);
  await expect(kind).toContainText("A pay-as-you-go key");
  await input.fill(SUBSCRIPTION_KEY);
  await expect(kind).toContainText("A subscription key");
  await expect(kind).toContainText("Not meant for production");
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await input.fill("not-a-zenmux-key-0123");
  await expect(kind).toContainText("does not look like a ZenMux key");
  await page.screenshot({ path: "test-results/key-kind-light.png" });
  for (const key of [PAYG_KEY, SUBSCRIPTION_KEY, "not-a-zenmux-key-0123"])
    expect(await dialog.textContent()).not.toContain(key);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
});

test("a 402 offers ZenMux's top-up page instead of Retry", async ({ page }) => {
  await runToEnd(page, messagesBody({ model: "emulator/insufficient-credit", stream: false }));
  const alert = runError(page);
  await expect(alert).toContainText("HTTP 402");
  const topUp = alert.getByRole("link", { name: "Top up credit on ZenMux" });
  await expect(topUp).toHaveAttribute("href", "https://zenmux.ai/platform/pay-as-you-go");
  await expect(topUp).toHaveAttribute("target", "_blank");
  await expect(alert.getByRole("button", { name: "Retry" })).toHaveCount(0);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
    await page.screenshot({ path: `test-results/402-top-up-${scheme}.png` });
  }
});

test.describe("with the user's own key, against the emulator standing in for ZenMux", () => {
  let server: SecondServer;

  test.beforeAll(async ({ baseURL }) => {
    // No server key: a run with the user's key goes to ZENMUX_BASE_URL, here the emulator.
    server = await startSecondServer({
      ZENMUX_API_KEY: "",
      ZENMUX_BASE_URL: `${baseURL}/api/emulator`,
    });
  });

  test.afterAll(() => server?.stop());

  async function rateLimitedRun(browser: Browser, key: string) {
    // axe needs a page of a context of its own.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.getByRole("button", { name: "Key settings" }).click();
    const dialog = page.getByRole("dialog", { name: "Key settings" });
    await dialog.getByLabel("ZenMux API key").fill(key);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status", { name: "Mode" })).toHaveText("ZenMux · your key");
    await setRequestBody(page, messagesBody({ model: "emulator/rate-limited" }));
    await runButton(page).click();
    await expect(runError(page)).toContainText("HTTP 429");
    return page;
  }

  test("a 429 with a subscription key explains its limits", async ({ browser }) => {
    const page = await rateLimitedRun(browser, SUBSCRIPTION_KEY);
    const limit = runError(page).getByRole("note", { name: "Subscription key limit" });
    await expect(limit).toContainText("10–15 requests a minute");
    await expect(limit).toContainText("not for production");
    expect(await page.content()).not.toContain(SUBSCRIPTION_KEY);
    expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
    await page.screenshot({ path: "test-results/429-subscription-light.png" });
    await page.context().close();
  });

  test("a 429 with a pay-as-you-go key does not blame the key", async ({ browser }) => {
    const page = await rateLimitedRun(browser, PAYG_KEY);
    await expect(runError(page).getByRole("note", { name: "Subscription key limit" })).toHaveCount(
      0,
    );
    await page.context().close();
  });
});
