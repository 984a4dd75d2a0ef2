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
} from "./fixtures/messages-body";
import { renderedText } from "./fixtures/views";

test("a streamed multi-turn conversation: run, reply and run, add to conversation", async ({
  page,
}) => {
  await runFreshRequest(
    page,
    messagesBody({ messages: [{ role: "user", content: "Tell me about tea" }] }),
  );
  // Rendered, so the Markdown swap no longer moves the buttons under the clicks below.
  expect(await renderedText(reply(page))).toContain("Tell me about tea");
  await expect(page.getByText("Stop reason: end_turn")).toBeVisible();

  await page.getByRole("textbox", { name: "Next user message" }).fill("And about coffee?");
  const replyAndRun = page.getByRole("button", { name: "Reply and run" });
  // Enabled only once the page's handlers have the typed text.
  await expect(replyAndRun).toBeEnabled();
  await replyAndRun.click();
  // Each wait proves the click's effect, not a state left by the first run ("Done" already was):
  // the conversation gained the reply and the follow-up, then a new answer came.
  await expect(page.getByRole("listitem", { name: "Message 3" })).toBeVisible();
  // The new answer starts empty and grows: read it until it has come, not once.
  await expect.poll(() => renderedText(reply(page))).toContain("And about coffee?");
  await expect(runStatus(page)).toHaveText("Done");

  await page.getByRole("button", { name: "Add to conversation" }).click();
  // The answer moves into the thread as its fourth turn; the answer pane lets go of it.
  await expect(reply(page)).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: "Message 4" })).toContainText(
    "And about coffee?",
  );
  // The conversation goes on with the user: a new, empty user turn has the cursor.
  await expect(page.getByLabel("Message 5 text")).toBeFocused();
  await expect(page.getByLabel("Message 5 text")).toHaveValue("");
  const body = await readRequestBody(page);
  const messages = body.messages as { role: string; content: unknown }[];
  expect(messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant", "user"]);
  expect(JSON.stringify(messages[1]?.content)).toContain("Tell me about tea");
  expect(JSON.stringify(messages[3]?.content)).toContain("And about coffee?");
  expect(messages[4]?.content).toBe("");

  // History still holds the run whole: restored, its views are back.
  await page.getByRole("button", { name: "History" }).click();
  const history = page.getByRole("dialog", { name: "History" });
  await history
    .getByRole("listitem")
    .first()
    .getByRole("button", { name: /^Restore run/ })
    .click();
  await expect(reply(page)).toContainText("And about coffee?");
  await page.getByRole("tab", { name: "Raw" }).click();
  await expect(page.getByText(/event: message_stop/)).toBeVisible();
});

test("Ctrl+Enter in the follow-up box sends that follow-up", async ({ page }) => {
  await runFreshRequest(
    page,
    messagesBody({ messages: [{ role: "user", content: "Tell me about tea" }] }),
  );
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/anthropic/v1/messages")) sent.push(r.postData() ?? "");
  });
  const followUp = page.getByRole("textbox", { name: "Next user message" });
  await followUp.fill("And about coffee?");
  await followUp.press("Control+Enter");
  // The new answer first: "Done" alone may still be the first run's.
  await expect(reply(page)).toContainText("And about coffee?");
  await expect(runStatus(page)).toHaveText("Done");
  expect(sent).toHaveLength(1);
  const messages = (
    JSON.parse(sent[0] ?? "{}") as { messages: { role: string; content: unknown }[] }
  ).messages;
  expect(messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
  expect(messages[2]?.content).toBe("And about coffee?");
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
  await expect(page.getByLabel("Message 3 text")).toBeFocused();
  await page.keyboard.type("And a fourth?");
  await page.keyboard.press("Control+Enter");
  // The new answer first: "Done" alone may still be the first run's.
  await expect(reply(page)).toContainText("And a fourth?");
  await expect(runStatus(page)).toHaveText("Done");
  expect(sent).toHaveLength(2);
  const second = JSON.parse(sent[1] ?? "{}") as { messages: { role: string; content: unknown }[] };
  expect(second.messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
  expect(second.messages[2]?.content).toBe("And a fourth?");
});

test("a non-streamed run shows time to first byte and total time, and no streaming TTFT or rate", async ({
  page,
}) => {
  await runFreshRequest(page, messagesBody({ stream: false }));
  await page.getByRole("tab", { name: "Metrics" }).click();
  const metrics = page.locator('dl[aria-label="Metrics"]');
  await expect(metrics).toContainText(/Time to first byte\s*\d+ ms/);
  await expect(metrics).toContainText(/Total time\s*\d+ ms/);
  await expect(metrics).toContainText(/Output tokens\s*\d+/);
  await expect(metrics).not.toContainText("Time to first token");
  await expect(metrics).not.toContainText("per second");
  await expect(page.getByText(/Not streamed: the answer arrived whole/)).toBeVisible();
});

for (const how of ["Esc", "the Stop button"] as const) {
  test(`stopping a slow stream with ${how} keeps the partial text`, async ({ page }) => {
    await openFreshPlayground(page);
    await setRequestBody(page, messagesBody({ model: "emulator/slow-stream" }));
    // Stopping cancels the stream's fetch: the browser reports the request as failed.
    const cancelled = page.waitForEvent("requestfailed", (request) =>
      request.url().endsWith("/v1/messages"),
    );
    await runButton(page).click();
    await expect(page.getByRole("button", { name: "Stop", exact: true })).toBeVisible();
    await expect(page.getByTestId("run-elapsed")).toHaveText(/^\d+\.\d s$/);
    // Several deltas have arrived (a rate needs two), and the elapsed clock ticks.
    await expect(reply(page)).toContainText(/(\w+\W+){4}\w/);
    const first = await page.getByTestId("run-elapsed").textContent();
    await expect(page.getByTestId("run-elapsed")).not.toHaveText(first ?? "");
    if (how === "Esc") await page.keyboard.press("Escape");
    else await page.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(runStatus(page)).toHaveText("Stopped");
    await expect(page.getByText(/Stopped after .*partial output is kept/)).toBeVisible();
    const partial = (await reply(page).textContent()) ?? "";
    expect(partial.length).toBeGreaterThan(3);
    // The stream really ended: the fetch was cancelled, and nothing more arrives.
    await cancelled;
    expect(await reply(page).textContent()).toBe(partial);
    await expect(runButton(page)).toBeEnabled();

    // Metrics estimate from the deltas received, not message_start's placeholder of 1.
    await page.getByRole("tab", { name: "Metrics" }).click();
    const metrics = page.locator('dl[aria-label="Metrics"]');
    const tokens = Number(
      (
        (await metrics.getByText("Output tokens (estimated)").locator("+ dd").textContent()) ?? ""
      ).replace(/[^\d]/g, ""),
    );
    const words = partial.trim().split(/\s+/).length;
    expect(tokens).toBeGreaterThanOrEqual(words - 1);
    await expect(metrics).toContainText(/Output tokens per second \(estimated\)\s*≈ \d+\.\d/);
    await expect(page.getByText(/estimated from the \d+ deltas received/)).toBeVisible();
  });
}

test("the response pane follows a growing answer, and offers to jump to the latest after scrolling up", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await openFreshPlayground(page);
  await setRequestBody(page, messagesBody({ model: "emulator/slow-stream" }));
  await runButton(page).click();
  // The conversation and its answer scroll as one thread.
  const pane = page
    .getByRole("region", { name: "Conversation" })
    .locator(".overflow-y-auto")
    .first();
  const gap = () => pane.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
  // It grows past the fold, and the pane stays at its bottom.
  await expect
    .poll(() => pane.evaluate((el) => el.scrollHeight > el.clientHeight + 40), {
      timeout: 30_000,
    })
    .toBe(true);
  await expect.poll(gap).toBeLessThan(32);

  await pane.hover();
  await page.mouse.wheel(0, -400);
  const jump = page.getByRole("button", { name: "Jump to latest" });
  await expect(jump).toBeVisible();
  // Scrolled up, it no longer pulls the reader down.
  await expect.poll(gap).toBeGreaterThan(100);
  await jump.click();
  await expect(jump).toBeHidden();
  await expect.poll(gap).toBeLessThan(32);
  await page.getByRole("button", { name: "Stop", exact: true }).click();
});

test("New starts a fresh conversation with the same model, and Undo brings the old one back", async ({
  page,
}) => {
  await runFreshRequest(
    page,
    messagesBody({
      model: "openai/gpt-5-mini",
      messages: [{ role: "user", content: "Tell me about tea" }],
    }),
  );
  await page.getByRole("button", { name: "New", exact: true }).click();
  await expect(page.getByLabel("Message 1 text")).toBeFocused();
  await expect(page.getByLabel("Message 1 text")).toHaveValue("");
  await expect(page.getByRole("heading", { name: "Start with an example" })).toBeVisible();
  const fresh = await readRequestBody(page);
  expect(fresh.model).toBe("openai/gpt-5-mini");
  expect(fresh.messages).toEqual([{ role: "user", content: "" }]);

  await page
    .getByRole("status")
    .filter({ hasText: "Started a new conversation." })
    .getByRole("button", { name: "Undo" })
    .click();
  await expect(reply(page)).toContainText("Tell me about tea");
  expect((await readRequestBody(page)).messages).toEqual([
    { role: "user", content: "Tell me about tea" },
  ]);
});

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
