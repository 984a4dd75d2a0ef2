import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runButton,
  runStatus,
  runUntilDone,
  setRequestBody,
} from "./fixtures/messages-body";
import { weatherTool } from "./fixtures/tools";
import { readRunViews, replayAt, runSource } from "./fixtures/views";
import { expectHistoryCount } from "./fixtures/wait-for-history";

/**
 * Kinds of run, with how to make it and the status it ends in. That every kind's recording gives
 * back exactly the live run (streamed, not streamed, stopped, failed, dropped) is proven in
 * lib/run/recording.test.ts and the store's round trip in lib/history/history-store.test.ts; the
 * browser restores the kinds whose views differ most: a stream that broke, a tool call, thinking.
 */
const kinds: { name: string; body: Record<string, unknown>; end: string }[] = [
  { name: "broken", body: messagesBody({ model: "emulator/stream-error" }), end: "Error" },
  {
    name: "tool use",
    body: messagesBody({
      tools: [weatherTool],
      messages: [{ role: "user", content: "What is the weather in Paris?" }],
    }),
    end: "Done",
  },
  {
    name: "thinking",
    body: messagesBody({ max_tokens: 4096, thinking: { type: "enabled", budget_tokens: 1024 } }),
    end: "Done",
  },
];

async function runKind(page: Page, kind: (typeof kinds)[number]) {
  await setRequestBody(page, kind.body);
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText(kind.end, { timeout: 30_000 });
}

for (const kind of kinds) {
  test(`a ${kind.name} run is restored from history whole, in every view, and replays the same`, async ({
    page,
  }) => {
    await openFreshPlayground(page);
    await runKind(page, kind);
    const original = await readRunViews(page);
    expect(original.response.length).toBeGreaterThan(10);

    // Another run takes the pane: the 529 beside a restored request.
    await setRequestBody(page, messagesBody({ model: "emulator/overloaded" }));
    await runButton(page).click();
    await expect(runStatus(page)).toHaveText("Error");

    await page.getByRole("button", { name: "History" }).click();
    const dialog = page.getByRole("dialog", { name: "History" });
    await expect(dialog.getByRole("listitem")).toHaveCount(2);
    await dialog
      .getByRole("listitem")
      .nth(1)
      .getByRole("button", { name: /^Restore run/ })
      .click();
    await expect(dialog).toBeHidden();

    await expect(runSource(page)).toHaveText("Recorded · from history");
    expect(await seriousViolations(page, '[aria-label="Response"]')).toEqual([]);
    await expect(page.getByRole("button", { name: "Model", exact: true })).toContainText(
      String(kind.body.model),
    );
    expect(await readRunViews(page)).toEqual(original);
    await page.getByRole("tab", { name: "Raw" }).click();
    await expect(page.getByRole("note", { name: "Run source" })).toContainText("Recorded run");

    // A replay at once ends where the run ended, marked as a replay in badge, Metrics and Raw.
    await replayAt(page, "at once");
    await expect(runSource(page)).toHaveText("Replay · at once");
    expect(await readRunViews(page)).toEqual(original);
    for (const tab of ["Metrics", "Raw"]) {
      await page.getByRole("tab", { name: tab }).click();
      await expect(page.getByRole("note", { name: "Run source" })).toContainText(
        "Replay (at once)",
      );
    }
  });
}

test("history is searched, renamed, starred, deleted and cleared, and survives a reload", async ({
  page,
}) => {
  await openFreshPlayground(page);
  for (const content of ["Tell me about tea", "Tell me about cats", "Name three rivers"]) {
    await setRequestBody(page, messagesBody({ messages: [{ role: "user", content }] }));
    await runUntilDone(page);
  }
  await expectHistoryCount(page, 3);
  await page.reload();
  await page.getByRole("button", { name: "History" }).click();
  const dialog = page.getByRole("dialog", { name: "History" });
  const entries = dialog.getByRole("listitem");
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText("Name three rivers");
  expect(await seriousViolations(page)).toEqual([]);

  const search = dialog.getByRole("searchbox", { name: "Search history" });
  await search.fill("cats");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Tell me about cats");

  await entries
    .first()
    .getByRole("button", { name: /^Rename run/ })
    .click();
  const name = entries.first().getByRole("textbox", { name: /^Name of run/ });
  await expect(name).toBeFocused();
  await name.fill("Cat facts");
  await entries.first().getByRole("button", { name: "Save name" }).click();
  await expect(entries.first()).toContainText("Cat facts");
  await entries.first().getByRole("button", { name: "Star run “Cat facts”" }).click();
  await expect(
    entries.first().getByRole("button", { name: "Star run “Cat facts”" }),
  ).toHaveAttribute("aria-pressed", "true");

  await search.fill("facts");
  await expect(entries).toHaveCount(1);
  await search.fill("");
  await expect(entries).toHaveCount(3);
  // Starred runs come first.
  await expect(entries.first()).toContainText("Cat facts");

  await entries
    .filter({ hasText: "Tell me about tea" })
    .getByRole("button", { name: /^Delete run/ })
    .click();
  await expect(entries).toHaveCount(2);
  await expect(dialog).not.toContainText("Tell me about tea");

  await page.keyboard.press("Escape");
  await page.reload();
  await page.getByRole("button", { name: "History" }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Cat facts");

  await dialog.getByRole("button", { name: "Clear history" }).click();
  await dialog.getByRole("button", { name: "Clear all runs" }).click();
  await expect(entries).toHaveCount(0);
  await expect(dialog).toContainText("No runs yet");
});

test("with site storage blocked, the run still works and the page says history is unavailable", async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
      get() {
        throw new DOMException(
          "The user denied permission to access the database.",
          "SecurityError",
        );
      },
    });
  });
  const page = await context.newPage();
  await openFreshPlayground(page);
  await runUntilDone(page);
  await expect(reply(page)).toContainText("Hello! What can you do?");
  await expect(
    page.getByRole("alert").filter({ hasText: "History is not available" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "History" }).click();
  await expect(page.getByRole("dialog", { name: "History" })).toContainText(
    "History is not available",
  );
  await context.close();
});
