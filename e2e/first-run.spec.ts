import { expect, type Page, test } from "@playwright/test";
import { seriousViolations, testInBothThemes } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  readRequestBody,
  reply,
  runFreshRequest,
  runStatus,
} from "./fixtures/messages-body";
import { recordSentRequests } from "./fixtures/sent-requests";
import { renderedText } from "./fixtures/views";

function examples(page: Page) {
  return page.getByRole("list", { name: "Examples" });
}

function continueCue(page: Page) {
  return page
    .getByRole("region", { name: "Response" })
    .getByText("Run to continue the conversation");
}

/** A run whose answer was added to the conversation: the answer pane is empty again. */
async function addAnswerToConversation(page: Page) {
  await runFreshRequest(
    page,
    messagesBody({ messages: [{ role: "user", content: "Tell me about tea" }] }),
  );
  await page.getByRole("button", { name: "Add to conversation" }).click();
  await expect(page.getByLabel("Message 3 text")).toBeFocused();
}

async function chooseExample(page: Page, title: string) {
  await openFreshPlayground(page);
  await examples(page).getByRole("button", { name: title, exact: true }).click();
}

test("the empty answer pane offers five examples, each named and described", async ({ page }) => {
  await openFreshPlayground(page);
  const buttons = examples(page).getByRole("button");
  await expect(buttons).toHaveCount(5);
  await expect(buttons.first()).toHaveAccessibleName("Markdown and code");
  await expect(buttons.first()).toHaveAccessibleDescription(/fenced TypeScript block/);
  await expect(continueCue(page)).toHaveCount(0);
});

test("under a conversation in progress the empty answer pane cues the run, not the examples", async ({
  page,
}) => {
  await addAnswerToConversation(page);
  await expect(continueCue(page)).toBeVisible();
  await expect(continueCue(page)).toContainText("Ctrl Enter");
  await expect(page.getByRole("heading", { name: "Start with an example" })).toHaveCount(0);
  await expect(examples(page)).toHaveCount(0);
  // The conversation is still the request: nothing replaced it.
  const body = await readRequestBody(page);
  expect((body.messages as { role: string }[]).map((m) => m.role)).toEqual([
    "user",
    "assistant",
    "user",
  ]);
});

testInBothThemes(
  "the cue under a conversation in progress has no serious accessibility violations",
  async (page, scheme) => {
    await addAnswerToConversation(page);
    await expect(continueCue(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/conversation-cue-${scheme}.png` });
  },
);

test("Markdown and code: loads, runs at once and streams a rendered code block", async ({
  page,
}) => {
  const sent = recordSentRequests(page);
  await chooseExample(page, "Markdown and code");
  await expect(runStatus(page)).toHaveText("Done");
  await expect(page.getByLabel("Message 1 text")).toHaveValue(/TypeScript function/);
  await expect(reply(page).locator("pre code")).toContainText("export function");
  expect(sent.map((request) => request.body.stream)).toEqual([true]);
});

test("A tool call: the model calls get_weather and the tool results form opens", async ({
  page,
}) => {
  await chooseExample(page, "A tool call");
  await expect(runStatus(page)).toHaveText("Done");
  await expect(reply(page).getByRole("region", { name: "Tool call get_weather" })).toContainText(
    "Lisbon",
  );
  await expect(page.getByText("Stop reason: tool_use")).toBeVisible();
  await expect(page.getByRole("form", { name: "Tool results" })).toBeVisible();
  const body = await readRequestBody(page);
  expect((body.tools as { name: string }[]).map((tool) => tool.name)).toEqual(["get_weather"]);
});

test("Extended thinking: a thinking block comes before the answer", async ({ page }) => {
  await chooseExample(page, "Extended thinking");
  await expect(runStatus(page)).toHaveText("Done");
  const thinking = reply(page).getByRole("button", { name: /^Thinking/ });
  await thinking.click();
  const region = page.locator(`[id="${await thinking.getAttribute("aria-controls")}"]`);
  await expect(region).toContainText("A train leaves at 9:40");
  const body = await readRequestBody(page);
  expect(body.thinking).toEqual({ type: "enabled", budget_tokens: 1024 });
});

test("An image: the picture is in the user turn and the model acknowledges it", async ({
  page,
}) => {
  await chooseExample(page, "An image");
  await expect(runStatus(page)).toHaveText("Done");
  expect(await renderedText(reply(page))).toMatch(/I see 1 image \(image\/png/);
  const body = await readRequestBody(page);
  const content = (body.messages as { content: { type: string }[] }[])[0]?.content;
  expect(content?.map((block) => block.type)).toEqual(["image", "text"]);
});

test("Two models side by side: opens the comparison ready, Run all answers in both columns", async ({
  page,
}) => {
  const sent = recordSentRequests(page);
  await chooseExample(page, "Two models side by side");
  const comparison = page.getByRole("region", { name: "Comparison" });
  await expect(comparison.getByRole("heading", { name: "Compare 2 columns" })).toBeVisible();
  expect(sent).toHaveLength(0);
  await page.getByRole("button", { name: "Run all" }).click();
  for (const model of ["anthropic/claude-sonnet-4.5", "openai/gpt-5-mini"]) {
    await expect(
      page.getByRole("region", { name: model, exact: true }).getByRole("status", {
        name: "Run status",
      }),
    ).toHaveText("Done");
  }
  expect(sent.map((request) => request.body.model).sort()).toEqual([
    "anthropic/claude-sonnet-4.5",
    "openai/gpt-5-mini",
  ]);
  await expect(page.getByRole("table", { name: "Summary" })).toContainText("done");
});
