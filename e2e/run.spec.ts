import { expect, test } from "@playwright/test";
import {
  messagesBody,
  openFreshPlayground,
  readRequestBody,
  reply,
  runButton,
  runFreshRequest,
  runStatus,
  runUntilDone,
  setRequestBody,
} from "./fixtures/request";

test("a streamed multi-turn conversation: run, reply and run, add to conversation", async ({
  page,
}) => {
  await runFreshRequest(
    page,
    messagesBody({ messages: [{ role: "user", content: "Tell me about tea" }] }),
  );
  await expect(reply(page)).toContainText("Tell me about tea");
  await expect(page.getByText("Stop reason: end_turn")).toBeVisible();

  await page.getByRole("textbox", { name: "Next user message" }).fill("And about coffee?");
  await page.getByRole("button", { name: "Reply and run" }).click();
  await expect(runStatus(page)).toHaveText("Done");
  await expect(reply(page)).toContainText("And about coffee?");

  await page.getByRole("button", { name: "Add to conversation" }).click();
  await expect(page.getByText("Added to the conversation.")).toBeVisible();
  const body = await readRequestBody(page);
  const messages = body.messages as { role: string; content: unknown }[];
  expect(messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
  expect(JSON.stringify(messages[1]?.content)).toContain("Tell me about tea");
  expect(JSON.stringify(messages[3]?.content)).toContain("And about coffee?");
});

test("a non-streamed run with Ctrl+Enter, then add it and run again with Ctrl+Enter", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await setRequestBody(
    page,
    messagesBody({ stream: false, messages: [{ role: "user", content: "Name three rivers" }] }),
  );
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/anthropic/v1/messages")) sent.push(r.postData() ?? "");
  });
  await page.locator("body").press("Control+Enter");
  await expect(runStatus(page)).toHaveText("Done");
  await expect(reply(page)).toContainText("Name three rivers");
  expect(JSON.parse(sent[0] ?? "{}")).toMatchObject({ stream: false });

  await page.getByRole("tab", { name: "Events" }).click();
  await expect(page.getByText(/not streamed, so there are no events/)).toBeVisible();
  await page.getByRole("tab", { name: "Response" }).click();

  await page.getByRole("button", { name: "Add to conversation" }).click();
  await page.keyboard.press("Control+Enter");
  await expect(runStatus(page)).toHaveText("Done");
  expect(sent).toHaveLength(2);
  const second = JSON.parse(sent[1] ?? "{}") as { messages: { role: string }[] };
  expect(second.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
});

for (const how of ["Esc", "the Stop button"] as const) {
  test(`stopping a slow stream with ${how} keeps the partial text`, async ({ page }) => {
    await openFreshPlayground(page);
    await setRequestBody(page, messagesBody({ model: "emulator/slow-stream" }));
    await runButton(page).click();
    await expect(page.getByRole("button", { name: "Stop", exact: true })).toBeVisible();
    await expect(page.getByTestId("run-elapsed")).toHaveText(/^\d+\.\d s$/);
    // Some text has arrived, and the elapsed clock ticks.
    await expect(reply(page)).toContainText(/\w{3,}/);
    const first = await page.getByTestId("run-elapsed").textContent();
    await expect(page.getByTestId("run-elapsed")).not.toHaveText(first ?? "");
    if (how === "Esc") await page.keyboard.press("Escape");
    else await page.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(runStatus(page)).toHaveText("Stopped");
    await expect(page.getByText(/Stopped after .*partial output is kept/)).toBeVisible();
    const partial = (await reply(page).textContent()) ?? "";
    expect(partial.length).toBeGreaterThan(3);
    // The stream really ended: nothing more arrives.
    await page.waitForTimeout(700);
    expect(await reply(page).textContent()).toBe(partial);
    await expect(runButton(page)).toBeEnabled();
  });
}

test("a caret blinks after the text while the reply streams, steady for reduced motion, and goes when it ends", async ({
  page,
}) => {
  await openFreshPlayground(page);
  await setRequestBody(page, messagesBody({ model: "emulator/slow-stream" }));
  const caret = reply(page).getByTestId("stream-caret");

  await runButton(page).click();
  await expect(reply(page)).toContainText(/\w{3,}/);
  await expect(caret).toBeVisible();
  expect(await caret.evaluate((el) => getComputedStyle(el).animationName)).toBe("caret-blink");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect(caret).toBeVisible();
  expect(await caret.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");

  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(runStatus(page)).toHaveText("Stopped");
  await expect(caret).toHaveCount(0);

  // A run that finishes leaves no caret either.
  await setRequestBody(page, messagesBody());
  await runUntilDone(page);
  await expect(reply(page)).toContainText(/\w{3,}/);
  await expect(caret).toHaveCount(0);
});

test("Run is blocked with the reason while the request has an error", async ({ page }) => {
  await openFreshPlayground(page);
  await setRequestBody(page, messagesBody({ model: "" }));
  await expect(runButton(page)).toBeDisabled();
  await expect(page.getByText(/Run is blocked:/)).toContainText("Choose a model.");
  await expect(page.getByTestId("run-key-source")).toHaveText("Demo (no key)");
});
