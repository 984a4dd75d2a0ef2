import { expect, type Page, test } from "@playwright/test";
import {
  messagesBody,
  openFreshPlayground,
  openFreshRequest,
  readRequestBody,
  reply,
  runStatus,
  runUntilDone,
} from "./fixtures/messages-body";
import { weatherTool } from "./fixtures/tools";

function separator(page: Page) {
  return page.getByRole("separator", { name: "Resize Request and Conversation" });
}

function turn(page: Page, n: number) {
  return page
    .getByRole("list", { name: "Messages" })
    .getByRole("listitem", { name: `Message ${n}` });
}

test("the panes resize by keyboard, and the sizes come back after a reload", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFreshPlayground(page);
  const handle = separator(page);
  const request = page.getByRole("region", { name: "Request" });
  const before = Number(await handle.getAttribute("aria-valuenow"));
  const widthBefore = (await request.boundingBox())?.width ?? 0;
  // The conversation and its answer get the most room by default.
  const conversation = page.getByRole("region", { name: "Conversation" });
  expect((await conversation.boundingBox())?.width ?? 0).toBeGreaterThan(widthBefore * 2);

  await handle.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect
    .poll(async () => Number(await handle.getAttribute("aria-valuenow")))
    .toBeGreaterThan(before + 5);
  const after = Number(await handle.getAttribute("aria-valuenow"));
  await expect
    .poll(async () => (await request.boundingBox())?.width ?? 0)
    .toBeGreaterThan(widthBefore + 40);

  await page.reload();
  await expect(separator(page)).toHaveAttribute("aria-valuenow", String(after));
  await expect(page.getByRole("region", { name: "Request" })).toBeVisible();
});

test("the code pane opens on demand, beside the answer, and stays as it was left", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFreshPlayground(page);
  const toggle = page.getByRole("button", { name: "Code", exact: true });
  const code = page.getByRole("region", { name: "Code", exact: true });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(code).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(code.getByRole("tab", { name: "cURL" })).toBeVisible();
  // Docked to the side: it takes none of the conversation's height.
  const conversation = page.getByRole("region", { name: "Conversation" });
  const [codeBox, conversationBox] = [await code.boundingBox(), await conversation.boundingBox()];
  expect(codeBox?.x ?? 0).toBeGreaterThanOrEqual(
    (conversationBox?.x ?? 0) + (conversationBox?.width ?? 0) - 2,
  );
  expect(conversationBox?.height ?? 0).toBeGreaterThan(500);
  await expect(page.getByRole("separator", { name: "Resize Conversation and Code" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: "Code", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Hide code" }).click();
  await expect(page.getByRole("region", { name: "Code", exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Code", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(page.getByRole("region", { name: "Code", exact: true })).toHaveCount(0);
});

test("earlier turns read as a thread, one is edited in place, and the reply continues it", async ({
  page,
}) => {
  await openFreshRequest(
    page,
    messagesBody({
      messages: [
        { role: "user", content: "Plan a **short** trip to Oslo" },
        { role: "assistant", content: "Day one:\n\n- the *fjord*\n- `museum` pass" },
        { role: "user", content: "And the budget?" },
      ],
    }),
  );
  // Earlier turns render as Markdown, with no editor; the turn being written stays an editor.
  await expect(turn(page, 1).locator("strong")).toHaveText("short");
  await expect(turn(page, 2).getByRole("listitem")).toHaveCount(2);
  await expect(turn(page, 2).locator("code")).toHaveText("museum");
  await expect(page.getByLabel("Message 1 text")).toHaveCount(0);
  await expect(page.getByLabel("Message 2 text")).toHaveCount(0);
  await expect(page.getByLabel("Message 3 text")).toHaveValue("And the budget?");

  await turn(page, 2).hover();
  await page.getByRole("button", { name: "Edit message 2" }).click();
  const field = page.getByLabel("Message 2 text");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("Day one:\n\n- the *fjord*\n- `museum` pass");
  await field.fill("Day one: the **harbour**");
  await page.getByRole("button", { name: "Done editing message 2" }).click();
  await expect(page.getByLabel("Message 2 text")).toHaveCount(0);
  await expect(turn(page, 2).locator("strong")).toHaveText("harbour");
  const body = await readRequestBody(page);
  expect((body.messages as { content: unknown }[])[1]?.content).toBe("Day one: the **harbour**");

  await runUntilDone(page);
  // The reply is the next turn, under the conversation, in the same scrolling thread.
  const thread = page.getByRole("region", { name: "Conversation" });
  await expect(thread.getByRole("article", { name: "Reply" })).toBeVisible();
  const lastTurn = await turn(page, 3).boundingBox();
  const answer = await reply(page).boundingBox();
  expect(answer?.y ?? 0).toBeGreaterThan((lastTurn?.y ?? 0) + (lastTurn?.height ?? 0) - 1);
  await expect(thread.getByRole("tab", { name: "Events" })).toBeVisible();
});

test("continuing the conversation keeps the thinking (signed) and the tool call, shown in the thread", async ({
  page,
}) => {
  await openFreshRequest(
    page,
    messagesBody({
      max_tokens: 4096,
      thinking: { type: "enabled", budget_tokens: 1024 },
      tools: [weatherTool],
      messages: [{ role: "user", content: "What is the weather in Paris?" }],
    }),
  );
  await runUntilDone(page);
  await expect(reply(page).getByRole("button", { name: /^Thinking/ })).toBeVisible();
  await expect(reply(page).getByRole("region", { name: "Tool call get_weather" })).toBeVisible();

  const form = page.getByRole("form", { name: "Tool results" });
  await form.getByRole("textbox", { name: "Result for get_weather" }).fill('{"temperature": 18}');
  await form.getByRole("button", { name: "Add results", exact: true }).click();

  const body = await readRequestBody(page);
  const messages = body.messages as {
    role: string;
    content: { type: string; signature?: string; name?: string; tool_use_id?: string }[];
  }[];
  expect(messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
  const kept = messages[1]?.content ?? [];
  expect(kept[0]?.type).toBe("thinking");
  expect(kept[0]?.signature?.length).toBeGreaterThan(0);
  const use = kept.find((b) => b.type === "tool_use");
  expect(use?.name).toBe("get_weather");
  expect(messages[2]?.content[0]?.type).toBe("tool_result");

  // The kept turn reads as the reply did: thinking folded, the tool call, then the result.
  await expect(turn(page, 2).getByRole("button", { name: /^Thinking/ })).toBeVisible();
  await expect(turn(page, 2).getByRole("region", { name: "Tool call get_weather" })).toBeVisible();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(runStatus(page)).toHaveText("Done");
  await expect(reply(page)).toContainText("18");
});

test("at 390 px the page does not scroll sideways and the menu reaches every action", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFreshPlayground(page);
  const overflow = () =>
    page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
  expect(await overflow()).toBeLessThanOrEqual(0);

  // Panes become tabs.
  await page.getByRole("tab", { name: "Request" }).click();
  await expect(page.getByLabel("System prompt")).toBeVisible();
  await page.getByRole("tab", { name: "Conversation" }).click();
  await expect(page.getByLabel("Message 1 text")).toBeVisible();

  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-haspopup", "true");
  await expect(page.getByRole("button", { name: "History" })).toBeHidden();
  // Keyboard: the arrow opens it on its first action and walks through the rest.
  await menu.focus();
  await page.keyboard.press("ArrowDown");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "New" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("button", { name: "Import" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  expect(await overflow()).toBeLessThanOrEqual(0);

  for (const [action, opened] of [
    ["Import", page.getByRole("dialog", { name: /Import/ })],
    ["Key settings", page.getByRole("dialog", { name: /key/i })],
    ["History", page.getByRole("dialog", { name: /History/ })],
    ["Share", page.getByRole("textbox", { name: "Share link" })],
  ] as const) {
    await menu.click();
    await page.getByRole("button", { name: action, exact: true }).click();
    await expect(opened).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(opened).toBeHidden();
    await page.keyboard.press("Escape");
  }
});

test("under a comparison the code resizes by keyboard, folds to its tabs, and stays as it was left", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const comparison = "/?model=anthropic/claude-sonnet-4.5,openai/gpt-5-mini";
  await page.goto(comparison);
  const handle = page.getByRole("separator", { name: "Resize Comparison and Code" });
  const code = page.getByRole("region", { name: "Code", exact: true });
  const height = async () => (await code.boundingBox())?.height ?? 0;
  await expect(handle).toHaveAttribute("aria-orientation", "horizontal");
  const heightBefore = await height();

  await handle.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowUp");
  await expect.poll(height).toBeGreaterThan(heightBefore + 40);
  const grown = await handle.getAttribute("aria-valuenow");
  await page.goto(comparison);
  await expect(handle).toHaveAttribute("aria-valuenow", grown ?? "");

  await page.getByRole("button", { name: "Hide code" }).click();
  await expect(code.getByRole("tab", { name: "cURL" })).toBeVisible();
  await expect.poll(height).toBeLessThan(48);
  await page.getByRole("button", { name: "Show code" }).click();
  // Back to the size it had, to the pixel.
  await expect
    .poll(async () => Math.abs(Number(await handle.getAttribute("aria-valuenow")) - Number(grown)))
    .toBeLessThan(0.5);

  await page.getByRole("button", { name: "Hide code" }).click();
  await page.goto(comparison);
  await expect(page.getByRole("button", { name: "Show code" })).toBeVisible();
  await expect.poll(height).toBeLessThan(48);
  // A tab unfolds it too.
  await code.getByRole("tab", { name: "Python" }).click();
  await expect.poll(height).toBeGreaterThan(heightBefore - 5);
});
