import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runError,
  runStatus,
  runUntilDone,
  setRequestBody,
  showPane,
  startFreshRequest,
} from "./fixtures/messages-body";
import { weatherTool } from "./fixtures/tools";

/**
 * The main states of the page, light and dark, wide and phone-sized: each is photographed into
 * the test output folder (test-results/, not committed) to be looked at, and checked with axe.
 * Selectors stay with names that survive layout changes: Run, tab names, Compare, the presenter.
 * The comparison and the presenter are checked wide, in both themes and in more of their states,
 * by compare.spec.ts and presenter.spec.ts; here they are photographed and checked on a phone.
 */

const SONNET = "anthropic/claude-sonnet-4.5";

const STATES: Record<string, (page: Page) => Promise<void>> = {
  empty: async (page) => {
    await openFreshPlayground(page);
    await expect(page.getByRole("list", { name: "Examples" })).toBeVisible();
  },
  // Earlier turns as a thread, Markdown in each, and the answer under them.
  thread: async (page) => {
    await openFreshPlayground(page);
    await showPane(page, "Request");
    await setRequestBody(
      page,
      messagesBody({
        messages: [
          { role: "user", content: "Plan a **short** trip" },
          { role: "assistant", content: "Day one: the *fjord*" },
          { role: "user", content: "And the budget?" },
        ],
      }),
    );
    await showPane(page, "Conversation");
    await runUntilDone(page);
  },
  streaming: async (page) => {
    await startFreshRequest(page, messagesBody({ model: "emulator/slow-stream" }));
    await expect(runStatus(page)).toHaveText("Streaming…");
    await expect(reply(page)).toContainText(/\w+ \w+ \w+/);
  },
  "tool-loop": async (page) => {
    await startFreshRequest(
      page,
      messagesBody({
        tools: [weatherTool],
        messages: [{ role: "user", content: "What is the weather in Paris?" }],
      }),
    );
    await expect(runStatus(page)).toHaveText("Done");
    await expect(page.getByRole("form", { name: "Tool results" })).toBeVisible();
  },
  error: async (page) => {
    await startFreshRequest(page, messagesBody({ model: "emulator/overloaded" }));
    await expect(runStatus(page)).toHaveText("Error");
    await expect(runError(page)).toContainText(/overloaded/i);
  },
  compare: async (page) => {
    await page.goto(`/?model=${SONNET},openai/gpt-5-mini`);
    await page.getByRole("button", { name: "Run all" }).click();
    for (const model of [SONNET, "openai/gpt-5-mini"])
      await expect(
        page.getByRole("region", { name: model, exact: true }).getByRole("status", {
          name: "Run status",
        }),
      ).toHaveText("Done");
  },
  presenter: async (page) => {
    await startFreshRequest(
      page,
      messagesBody({ messages: [{ role: "user", content: "Tell the room about tide pools." }] }),
    );
    await expect(runStatus(page)).toHaveText("Done");
    await page.keyboard.press("Control+Shift+P");
    const presenter = page.getByRole("dialog");
    await presenter.getByRole("button", { name: "Add the answer on screen" }).click();
    // The audience's view: the scene list folded away (on a phone it covers the answer).
    await presenter.getByRole("button", { name: "Scenes", exact: true }).click();
    await expect(presenter.getByRole("article", { name: "Reply" })).toBeVisible();
  },
};

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [1280, 390]) {
    test.describe(`${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: width > 800 ? 800 : 844 } });
      for (const [state, reach] of Object.entries(STATES)) {
        if (width > 800 && (state === "compare" || state === "presenter")) continue;
        test(`${state}: screenshot and axe`, async ({ page }, testInfo) => {
          await reach(page);
          await expect(page.locator("html")).toHaveClass(
            colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/,
          );
          // Fonts in, and Markdown rendered, before the picture.
          await page.evaluate(() => document.fonts.ready);
          await expect(page.locator("[data-markdown-pending]")).toHaveCount(0);
          await page.screenshot({
            path: testInfo.outputPath(`${state}-${colorScheme}-${width}.png`),
            fullPage: false,
          });
          expect(await seriousViolations(page)).toEqual([]);
          // On a phone the top bar's actions fold into a menu.
          if (state === "thread" && width < 800) {
            await page.getByRole("button", { name: "Menu" }).click();
            expect(await seriousViolations(page), "menu open").toEqual([]);
          }
        });
      }
    });
  }
}
