import { expect, test } from "@playwright/test";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runButton,
  runStatus,
  setRequestBody,
} from "./fixtures/messages-body";
import { readRunViews, replayAt, runSource } from "./fixtures/views";

test("a replay plays at the recorded pace, is marked as a replay everywhere, sends nothing, and stops", async ({
  page,
}) => {
  // The page's clock runs as usual, and can be run ahead at once to prove a stopped replay stays so.
  await page.clock.install();
  await openFreshPlayground(page);
  await setRequestBody(page, messagesBody({ model: "emulator/slow-stream" }));
  await runButton(page).click();
  // Let a few seconds of a slow stream arrive, then stop it.
  await expect(reply(page)).toContainText(/(\w+\W+){20}/, { timeout: 15_000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(runStatus(page)).toHaveText("Stopped");
  const original = await readRunViews(page);
  const full = (await reply(page).textContent()) ?? "";

  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/v1/messages")) sent.push(r.url());
  });
  await replayAt(page, "recorded pace");
  await expect(runStatus(page)).toHaveText("Replaying…");
  await expect(runSource(page)).toHaveText("Replay · recorded pace");
  // Part way through, the reply is a growing prefix of the recorded one.
  await expect(reply(page)).toContainText(/\w{3,}/);
  const part = (await reply(page).textContent()) ?? "";
  expect(part.length).toBeLessThan(full.length);
  expect(full.startsWith(part.replace(/\s+$/, "").slice(0, 20))).toBe(true);

  await page.getByRole("button", { name: "Stop replay" }).click();
  await expect(runStatus(page)).toHaveText("Stopped");
  await expect(runSource(page)).toHaveText("Replay · recorded pace");
  const stoppedAt = (await reply(page).textContent()) ?? "";
  expect(stoppedAt.length).toBeLessThan(full.length);
  // Every timer of the next seconds fires now: a replay still scheduled would draw more.
  await page.clock.runFor(5_000);
  expect(await reply(page).textContent()).toBe(stoppedAt);
  for (const tab of ["Metrics", "Raw", "Events"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("note", { name: "Run source" })).toContainText(
      "Replay (recorded pace) of a recorded run",
    );
  }
  await page.getByRole("tab", { name: "Response" }).click();

  // Played to its end (2×), it shows what the run showed.
  await replayAt(page, "2×");
  await expect(runSource(page)).toHaveText("Replay · 2×");
  await expect(runStatus(page)).toHaveText("Stopped", { timeout: 15_000 });
  expect(await readRunViews(page)).toEqual(original);
  expect(sent).toEqual([]);
});
