import { expect, test } from "@playwright/test";
import {
  messagesBody,
  reply,
  runError,
  runStatus,
  startFreshRequest,
} from "./fixtures/messages-body";

test("529 overloaded: status, type, message, request id and a live retry countdown; Retry re-runs", async ({
  page,
}) => {
  let calls = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/api/anthropic/v1/messages")) calls += 1;
  });
  await startFreshRequest(page, messagesBody({ model: "emulator/overloaded" }));
  await expect(runStatus(page)).toHaveText("Error");
  const alert = runError(page);
  await expect(alert).toContainText("HTTP 529");
  await expect(alert).toContainText("overloaded_error");
  await expect(alert).toContainText("Overloaded");
  await expect(alert).toContainText(/Request id\s*\S{6,}/);
  await expect(alert).toContainText(/Retry in [45] s/);
  await expect(alert).toContainText(/Retry in [1-3] s/, { timeout: 5000 });
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect.poll(() => calls).toBe(2);
  await expect(runStatus(page)).toHaveText("Error");
});

test("429 rate limited shows the countdown from retry-after", async ({ page }) => {
  await startFreshRequest(page, messagesBody({ model: "emulator/rate-limited" }));
  const alert = runError(page);
  await expect(alert).toContainText("HTTP 429");
  await expect(alert).toContainText("rate_limit_error");
  await expect(alert).toContainText(/Retry in (10|9) s/);
});

test("402 in ZenMux's own error shape is read like Anthropic's", async ({ page }) => {
  await startFreshRequest(
    page,
    messagesBody({ model: "emulator/insufficient-credit", stream: false }),
  );
  const alert = runError(page);
  await expect(alert).toContainText("HTTP 402");
  await expect(alert).toContainText("insufficient_credit");
  await expect(alert).toContainText("code 402");
  await expect(alert).toContainText("Insufficient credit");
});

test("an error event after a 200 keeps the partial output and marks where the stream broke", async ({
  page,
}) => {
  await startFreshRequest(page, messagesBody({ model: "emulator/stream-error" }));
  await expect(runStatus(page)).toHaveText("Error");
  await expect(reply(page).getByRole("note")).toHaveText(
    "Stream broke here: overloaded_error — Overloaded",
  );
  const text = (await reply(page).textContent()) ?? "";
  expect(text.replace(/Stream broke here.*/s, "").trim().length).toBeGreaterThan(0);
  // It leads with the break, not with the 200 the stream began with.
  await expect(runError(page).locator("strong").first()).toHaveText("The stream broke");
  await expect(runError(page)).not.toContainText("Status");
  await expect(runError(page)).toContainText(/Began with\s*HTTP 200, then broke/);
  await expect(page.getByText("Broke after HTTP 200")).toBeVisible();
  await expect(runError(page).getByRole("button", { name: "Retry" })).toBeVisible();
});

test("a slow first token still succeeds, waiting visibly first", async ({ page }) => {
  await startFreshRequest(page, messagesBody({ model: "emulator/slow-first-token" }));
  await expect(page.getByText("Waiting for the first token…")).toBeVisible();
  await expect(runStatus(page)).toHaveText("Done", { timeout: 15_000 });
  await expect(reply(page)).toContainText("Hello! What can you do?");
  await page.getByRole("tab", { name: "Metrics" }).click();
  // The emulator holds the first token for 3 s.
  await expect(page.locator('dl[aria-label="Metrics"] dd').first()).toHaveText(/^[3-9]\.\d s$/);
});
