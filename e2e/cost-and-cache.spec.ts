import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  openFreshRequest,
  readRequestBody,
  runButton,
  runStatus,
  runUntilDone,
} from "./fixtures/messages-body";

const COUNT_TOKENS = "**/api/anthropic/v1/messages/count_tokens";

function meter(page: Page) {
  return page.getByRole("meter", { name: "Context window" });
}

async function shownTokens(page: Page): Promise<number> {
  return Number(await meter(page).getAttribute("aria-valuenow"));
}

/** What the emulator's count_tokens says for the body the editor holds now. */
async function countedByProxy(page: Page): Promise<number> {
  const { model, messages, system, tools } = await readRequestBody(page);
  const response = await page.request.post("/api/anthropic/v1/messages/count_tokens", {
    headers: { "anthropic-version": "2023-06-01" },
    data: { model, messages, system, tools },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { input_tokens: number }).input_tokens;
}

/** A system prompt above every model's cache minimum, unique so no earlier run cached it. */
function longSystemText(): string {
  return `Run ${Date.now()}-${Math.random()}. ${"Follow the house style for answers. ".repeat(300)}`;
}

function openCachePrefix(page: Page) {
  return page.getByRole("button", { name: /Show the cache prefix$/ }).click();
}

test("the context bar and the cost range appear and follow the request as you type", async ({
  page,
}) => {
  await openFreshPlayground(page);
  // Sonnet 4.5 lists a 1,000,000-token window.
  await expect(meter(page)).toHaveAttribute("aria-valuemax", "1000000");
  await expect(meter(page)).toHaveAttribute("aria-busy", "false");
  await expect(meter(page)).not.toContainText("estimate");
  const before = await shownTokens(page);
  expect(before).toBe(await countedByProxy(page));
  const cost = page.getByTestId("cost-range");
  await expect(cost).toHaveText(/^Estimated cost: \$[\d.e-]+–\$[\d.]+$/);
  const costBefore = await cost.textContent();

  const message = page.getByLabel("Message 1 text");
  await message.click();
  await message.press("End");
  await message.pressSequentially(" Explain prompt caching, with three short examples of it.");
  // Typing is never blocked: every key landed, whatever the counter was doing.
  await expect(message).toHaveValue(
    "Hello! What can you do? Explain prompt caching, with three short examples of it.",
  );
  await expect.poll(() => shownTokens(page)).toBeGreaterThan(before + 8);
  await expect(meter(page)).toHaveAttribute("aria-busy", "false");
  expect(await shownTokens(page)).toBe(await countedByProxy(page));
  await expect(cost).not.toHaveText(costBefore ?? "");
  await expect(meter(page)).toHaveAttribute(
    "aria-valuetext",
    /^\d+ input tokens of 1,000,000 \(0%\)$/,
  );
});

test("a huge prompt on a small-context model warns, then blocks Run when max_tokens cannot fit", async ({
  page,
}) => {
  // Mistral Medium 3.1 has the smallest window in the catalog: 131,072 tokens.
  await openFreshRequest(
    page,
    messagesBody({
      model: "mistralai/mistral-medium-3.1",
      messages: [{ role: "user", content: "word ".repeat(110_000) }],
    }),
  );
  await expect(meter(page)).toHaveAttribute("aria-valuemax", "131072");
  await expect(page.getByText(/^Near the context limit: /)).toBeVisible();
  await expect(runButton(page)).toBeEnabled();

  await page.getByLabel("Max tokens").fill("30000");
  await expect(page.getByText(/^Run is blocked: .*fewer than max_tokens \(30,000\)/)).toBeVisible();
  await expect(runButton(page)).toBeDisabled();

  await page.getByLabel("Max tokens").fill("1000");
  await expect(runButton(page)).toBeEnabled();
  await expect(page.getByText(/^Run is blocked/)).toHaveCount(0);
});

test("without an upstream count_tokens (ZenMux's 404) the bar shows a labelled local estimate", async ({
  page,
}) => {
  let asked = 0;
  await page.route(COUNT_TOKENS, (route) => {
    asked += 1;
    return route.fulfill({
      status: 404,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "404", type: "not_found", message: "Not Found" } }),
    });
  });
  await openFreshPlayground(page);
  await expect(meter(page)).toContainText("estimate");
  await expect(meter(page)).toHaveAttribute("aria-valuetext", /, estimated$/);
  expect(asked).toBeGreaterThan(0);
  const askedBefore = asked;
  const before = await shownTokens(page);
  await page.getByLabel("Message 1 text").fill("x".repeat(4_000));
  // About four characters a token.
  await expect.poll(() => shownTokens(page)).toBeGreaterThan(before + 900);
  await expect(page.getByTestId("cost-range")).toBeVisible();
  // After ZenMux's 404 the page stops asking: counting would only spend the key's requests.
  expect(asked).toBe(askedBefore);
});

test("cache selects in the form set cache_control in the request body", async ({ page }) => {
  await openFreshPlayground(page);
  await page.getByLabel("System prompt", { exact: true }).fill("Answer in French.");
  await page.getByRole("combobox", { name: "Cache breakpoint: system" }).selectOption("1h");
  await page.getByRole("combobox", { name: "Cache breakpoint: message 1" }).selectOption("5m");
  await page.getByRole("button", { name: /^Tools/ }).click();
  await page.getByRole("button", { name: "+ Add get_weather example" }).click();
  await page.getByRole("combobox", { name: "Cache breakpoint: tool 1" }).selectOption("5m");

  const body = await readRequestBody(page);
  expect(body.system).toEqual([
    { type: "text", text: "Answer in French.", cache_control: { type: "ephemeral", ttl: "1h" } },
  ]);
  expect(body.messages).toEqual([
    {
      role: "user",
      content: [
        { type: "text", text: "Hello! What can you do?", cache_control: { type: "ephemeral" } },
      ],
    },
  ]);
  expect((body.tools as { cache_control?: unknown }[])[0]?.cache_control).toEqual({
    type: "ephemeral",
  });

  await page.getByRole("combobox", { name: "Cache breakpoint: message 1" }).selectOption("off");
  const after = await readRequestBody(page);
  expect(after.messages).toEqual([
    { role: "user", content: [{ type: "text", text: "Hello! What can you do?" }] },
  ]);
});

test("the cache prefix is drawn in order with its breakpoints, and warns about what will not cache", async ({
  page,
}) => {
  const ephemeral = { type: "ephemeral" };
  const oneHour = { type: "ephemeral", ttl: "1h" };
  await openFreshRequest(
    page,
    messagesBody({
      tools: [
        {
          name: "lookup",
          input_schema: { type: "object", properties: {} },
          cache_control: ephemeral,
        },
      ],
      system: [
        { type: "text", text: "Short rules.", cache_control: oneHour },
        { type: "text", text: "More rules.", cache_control: ephemeral },
      ],
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "First part.", cache_control: ephemeral },
            { type: "text", text: "Second part.", cache_control: ephemeral },
          ],
        },
      ],
    }),
  );
  await expect(
    page.getByRole("button", { name: /^Cache: 5 breakpoints, 3 warnings\./ }),
  ).toBeVisible();
  await openCachePrefix(page);
  const popover = page.getByRole("dialog", { name: "Cache prefix" });
  const warnings = popover.getByRole("list", { name: "Cache warnings" }).getByRole("listitem");
  await expect(warnings).toHaveText([
    /^5 cache breakpoints: the API allows at most 4/,
    /^The prefix up to Tool 1 is \d+ tokens, below anthropic\/claude-sonnet-4\.5's minimum of 1,024/,
    /^System block 1 has a 1 h TTL after the 5 min breakpoint at Tool 1/,
  ]);
  const parts = popover.getByRole("list", { name: "Prefix parts in order" }).getByRole("listitem");
  await expect(parts).toHaveText([
    /^toolsTool 1[\d,]+Breakpoint 5 min · prefix [\d,]+$/,
    /^systemSystem block 1[\d,]+Breakpoint 1 h · prefix [\d,]+$/,
    /^systemSystem block 2[\d,]+Breakpoint 5 min · prefix [\d,]+$/,
    /^messagesMessage 1, block 1[\d,]+Breakpoint 5 min · prefix [\d,]+$/,
    /^messagesMessage 1, block 2[\d,]+Breakpoint 5 min · prefix [\d,]+$/,
  ]);
  // Each breakpoint's prefix holds everything before it, and the last one the whole count.
  const prefixes = (await parts.allTextContents()).map((text) =>
    Number(/prefix ([\d,]+)$/.exec(text)?.[1]?.replace(/,/g, "")),
  );
  expect(prefixes).toEqual([...prefixes].sort((a, b) => a - b));
  expect(prefixes.at(-1)).toBe(await shownTokens(page));
});

test("a cached run writes the prefix, and running it again reads it and shows the saving", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await page.getByLabel("System prompt", { exact: true }).fill(longSystemText());
  await page.getByRole("combobox", { name: "Cache breakpoint: system" }).selectOption("5m");
  await expect(page.getByRole("button", { name: /^Cache: 1 breakpoint\./ })).toBeVisible();
  await runUntilDone(page);

  const response = page.getByRole("region", { name: "Response" });
  await response.getByRole("tab", { name: "Metrics" }).click();
  const cache = response.getByRole("region", { name: "Prompt cache" });
  await expect(cache).toContainText(/Wrote [\d,]+ tokens to the cache, read 0 from it\./);
  const written = /Wrote ([\d,]+) tokens/.exec((await cache.textContent()) ?? "")?.[1];
  expect(Number(written?.replace(/,/g, ""))).toBeGreaterThan(1024);
  await expect(cache).toContainText(/Spent \$[\d.e-]+ more than without caching/);

  await cache.getByRole("button", { name: "Run again to check the cache" }).click();
  await expect(runStatus(page)).toHaveText("Done");
  await expect(cache).toContainText(`Wrote 0 tokens to the cache, read ${written} from it.`);
  await expect(cache).toContainText(/Saved \$[\d.e-]+ against the same request without caching/);
  const metrics = response.getByRole("definition");
  await expect(metrics.filter({ hasText: written ?? "" }).first()).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the meter, cache controls, prefix and savings have no serious accessibility violations (${scheme})`, async ({
    browser,
  }) => {
    // Three axe passes and a run: heavier than most tests.
    test.slow();
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await openFreshPlayground(page);
    await page.getByLabel("System prompt", { exact: true }).fill(longSystemText());
    await page.getByRole("combobox", { name: "Cache breakpoint: system" }).selectOption("1h");
    await page.getByRole("combobox", { name: "Cache breakpoint: message 1" }).selectOption("5m");
    await expect(meter(page)).toHaveAttribute("aria-busy", "false");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/cost-and-cache-${scheme}.png` });

    await openCachePrefix(page);
    await expect(page.getByRole("dialog", { name: "Cache prefix" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/cache-prefix-${scheme}.png` });
    await page.keyboard.press("Escape");

    await runUntilDone(page);
    const response = page.getByRole("region", { name: "Response" });
    await response.getByRole("tab", { name: "Metrics" }).click();
    await expect(response.getByRole("region", { name: "Prompt cache" })).toBeVisible();
    expect(await seriousViolations(page, 'section[aria-label="Prompt cache"]')).toEqual([]);
    await page.screenshot({ path: `test-results/cache-savings-${scheme}.png` });
    await context.close();
  });
}
