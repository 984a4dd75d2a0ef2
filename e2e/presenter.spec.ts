import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { seriousViolations, testInBothThemes } from "./fixtures/a11y";
import { messagesBody, reply, runUntilDone, setRequestBody } from "./fixtures/messages-body";
import { recordSentRequests } from "./fixtures/sent-requests";
import { expectRenderedText, renderedText } from "./fixtures/views";

const PROMPT = "Tell the room about tide pools.";

function presenter(page: Page) {
  return page.getByRole("dialog");
}

async function fontSizePx(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
}

test("presenter scenes are built, saved, loaded in a fresh offline browser and stepped with the arrow keys", async ({
  page,
  browser,
}) => {
  // Two browsers, a run, a replay and a file: long for the default on a shared two-core machine.
  test.setTimeout(180_000);
  await page.goto("/");
  await setRequestBody(page, messagesBody({ messages: [{ role: "user", content: PROMPT }] }));
  await runUntilDone(page);
  const answer = await renderedText(reply(page));

  // The shortcut enters presenter mode; with no scenes, the scene list is open.
  await page.keyboard.press("Control+Shift+P");
  const scenes = presenter(page).getByRole("complementary", { name: "Scenes" });
  await scenes.getByRole("button", { name: "Add this request" }).click();
  await scenes.getByRole("button", { name: "Add the answer on screen" }).click();
  await expect(presenter(page).getByRole("status", { name: "Scene" })).toHaveText("Scene 2 of 2");
  await expectRenderedText(presenter(page).getByRole("article", { name: "Reply" }), answer);
  await expect(presenter(page).getByText("Cost", { exact: true })).toBeVisible();
  await presenter(page).getByRole("switch", { name: "Hide costs" }).click();
  await expect(presenter(page).getByText("Cost", { exact: true })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(presenter(page)).toHaveCount(0);

  // A comparison becomes a third scene; then the first moves to the end.
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("region", { name: "Comparison" })).toBeVisible();
  await page.getByRole("button", { name: "Present" }).click();
  await presenter(page).getByRole("button", { name: "Scenes", exact: true }).click();
  await scenes.getByRole("button", { name: "Add this comparison" }).click();
  await scenes.getByRole("button", { name: "Move scene 1 down" }).click();
  await scenes.getByRole("button", { name: "Move scene 2 down" }).click();
  await expect(scenes.getByRole("listitem")).toHaveText([
    /^1\. Recorded: Tell the room about tide pools\. \(recording\)/,
    /^2\. Compare 2: .*\(comparison\)/,
    /^3\. Ask: Tell the room about tide pools\. \(request\)/,
  ]);
  const download = page.waitForEvent("download");
  await scenes.getByRole("button", { name: "Save scenes" }).click();
  const file = readFileSync((await (await download).path()) ?? "", "utf8");
  expect(file).toContain('"format": "zenmux-playground-scenes"');
  expect(file).not.toMatch(/x-api-key|sk-/i);

  // A fresh browser, then no network at all.
  const context = await browser.newContext();
  const offline = await context.newPage();
  await offline.goto("/");
  await expect(offline.getByRole("button", { name: "Present" })).toBeVisible();
  // The presenter's code arrives while the page is idle, before the network goes.
  await offline.waitForLoadState("networkidle");
  const sent = recordSentRequests(offline);
  await context.setOffline(true);
  await offline.getByRole("button", { name: "Present" }).click();
  await offline.getByLabel("Scenes file").setInputFiles({
    name: "demo.json",
    mimeType: "application/json",
    buffer: Buffer.from(file, "utf8"),
  });
  await expect(
    presenter(offline).getByRole("status").filter({ hasText: "Loaded 3 scenes" }),
  ).toBeVisible();
  await presenter(offline).getByRole("button", { name: "Scenes", exact: true }).click();
  await expect(presenter(offline).getByRole("complementary", { name: "Scenes" })).toHaveCount(0);

  // Scene 1: the recording replays at its recorded pace, offline, in large type.
  const show = presenter(offline);
  await expect(show.getByRole("status", { name: "Scene" })).toHaveText("Scene 1 of 3");
  await expect(show.getByText("Replay · recorded pace")).toBeVisible();
  await expectRenderedText(show.getByRole("article", { name: "Reply" }), answer);
  expect(await fontSizePx(offline, '[role="dialog"] article p')).toBeGreaterThanOrEqual(20);
  await expect(show.getByText(/Request id|x-api-key|anthropic-version/i)).toHaveCount(0);
  await expect(show.getByRole("tab", { name: "Raw" })).toHaveCount(0);

  await offline.keyboard.press("ArrowRight");
  await expect(show.getByRole("status", { name: "Scene" })).toHaveText("Scene 2 of 3");
  await expect(show.getByRole("region", { name: "anthropic/claude-sonnet-4.5" })).toBeVisible();
  await offline.keyboard.press("ArrowRight");
  await expect(show.getByRole("status", { name: "Scene" })).toHaveText("Scene 3 of 3");
  await expect(show.getByText(PROMPT, { exact: true })).toBeVisible();
  expect(await fontSizePx(offline, '[role="dialog"] p.text-2xl')).toBeGreaterThanOrEqual(20);
  await offline.keyboard.press("ArrowRight");
  await expect(show.getByRole("status", { name: "Scene" })).toHaveText("Scene 3 of 3");
  await offline.keyboard.press("ArrowLeft");
  await offline.keyboard.press("ArrowLeft");
  await expect(show.getByRole("status", { name: "Scene" })).toHaveText("Scene 1 of 3");
  await expectRenderedText(show.getByRole("article", { name: "Reply" }), answer);
  expect(sent).toHaveLength(0);

  await offline.keyboard.press("Escape");
  await expect(presenter(offline)).toHaveCount(0);
  expect(await offline.evaluate(() => document.documentElement.style.fontSize)).toBe("");
  await context.close();
});

test("a hostile scenes file is refused with a message and changes nothing", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Present" }).click();
  await presenter(page).getByRole("button", { name: "Add this request" }).click();
  await page.getByLabel("Scenes file").setInputFiles({
    name: "evil.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      '{"format":"zenmux-playground-scenes","version":1,"scenes":[{"kind":"recording","title":"x","recording":{"chunks":"<script>"}}]}',
    ),
  });
  await expect(presenter(page).getByRole("alert")).toContainText("evil.json");
  await expect(presenter(page).getByRole("alert")).toContainText("Nothing was changed.");
  await expect(presenter(page).getByRole("status", { name: "Scene" })).toHaveText("Scene 1 of 1");
});

testInBothThemes(
  "presenter mode has no serious accessibility violations",
  async (page, scheme) => {
    await page.goto("/");
    await runUntilDone(page);
    await page.getByRole("button", { name: "Present" }).click();
    await presenter(page).getByRole("button", { name: "Add the answer on screen" }).click();
    await expect(presenter(page).getByRole("article", { name: "Reply" })).toBeVisible();
    await expect(presenter(page).getByText("Total", { exact: true })).toBeVisible();
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.screenshot({ path: `test-results/presenter-${scheme}.png` });
  },
  120_000,
);
