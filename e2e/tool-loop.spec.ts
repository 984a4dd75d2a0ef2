import { expect, test } from "@playwright/test";
import {
  messagesBody,
  readRequestBody,
  reply,
  runFreshRequest,
  runStatus,
} from "./fixtures/messages-body";
import { weatherTool } from "./fixtures/tools";

test("the tool loop: tool_use shown, result given, assistant and tool_result turns added, run continues", async ({
  page,
}) => {
  await runFreshRequest(
    page,
    messagesBody({
      tools: [weatherTool],
      messages: [{ role: "user", content: "What is the weather in Paris?" }],
    }),
  );
  const call = reply(page).getByRole("region", { name: "Tool call get_weather" });
  await expect(call).toBeVisible();
  await expect(call).toContainText('"city"');
  await expect(page.getByText("Stop reason: tool_use")).toBeVisible();

  const form = page.getByRole("form", { name: "Tool results" });
  await expect(form.getByRole("group", { name: "Result for get_weather" })).toBeVisible();
  // The run stopped for the user: the form is in view with its first field focused, once.
  const field = form.getByRole("textbox", { name: "Result for get_weather" });
  await expect(field).toBeFocused();
  await expect(form).toBeInViewport();
  await page.getByRole("tab", { name: "Events" }).click();
  await page.getByRole("tab", { name: "Response" }).click();
  await expect(field).toBeVisible();
  await expect(field).not.toBeFocused();
  const toolUseId = await form.getByTestId("tool-use-id").textContent();
  expect(toolUseId).toBeTruthy();
  await field.fill('{"temperature": 18}');
  await form.getByRole("button", { name: "Add results and run" }).click();
  await expect(runStatus(page)).toHaveText("Done");
  await expect(reply(page)).toContainText("18");

  const body = await readRequestBody(page);
  const messages = body.messages as { role: string; content: unknown }[];
  expect(messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
  expect(messages[1]?.content).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: "tool_use", id: toolUseId, name: "get_weather" }),
    ]),
  );
  expect(messages[2]?.content).toEqual([
    { type: "tool_result", tool_use_id: toolUseId, content: '{"temperature": 18}' },
  ]);
});

test("a tool result can be marked as an error", async ({ page }) => {
  await runFreshRequest(
    page,
    messagesBody({
      tools: [weatherTool],
      messages: [{ role: "user", content: "Weather in Oslo?" }],
    }),
  );
  const form = page.getByRole("form", { name: "Tool results" });
  await form.getByRole("textbox", { name: "Result for get_weather" }).fill("service down");
  await form.getByRole("checkbox", { name: "is error" }).check();
  await form.getByRole("button", { name: "Add results", exact: true }).click();
  // The reply and its result are the thread's last turns now, not also the answer pane's.
  await expect(reply(page)).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: "Message 2" })).toContainText("get_weather");
  await expect(page.getByLabel("Message 3 text")).toBeFocused();
  const body = await readRequestBody(page);
  const last = (body.messages as { content: unknown }[])[2];
  expect(last?.content).toEqual([
    expect.objectContaining({ type: "tool_result", content: "service down", is_error: true }),
  ]);
});
