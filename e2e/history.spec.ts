import { expect, test } from "@playwright/test";

test("a run lands in history, and Restore puts its request back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Done", {
    timeout: 30_000,
  });

  // Change the request after the run.
  const trigger = page.getByRole("button", { name: "Model", exact: true });
  await trigger.click();
  await page.getByRole("combobox", { name: "Search models" }).fill("openai/gpt-5-mini");
  await page.keyboard.press("Enter");
  await expect(trigger).toContainText("openai/gpt-5-mini");

  await page.getByRole("button", { name: "History" }).click();
  const dialog = page.getByRole("dialog", { name: "History" });
  const entries = dialog.getByRole("listitem");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("anthropic/claude-sonnet-4.5");
  await expect(entries.first()).toContainText("done");
  await expect(entries.first()).toContainText("Hello! What can you do?");
  await expect(entries.first()).toContainText("→");

  await entries
    .first()
    .getByRole("button", { name: /^Restore/ })
    .click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toContainText("anthropic/claude-sonnet-4.5");

  // A second run goes on top; history survives a reload; Clear empties it.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Done", {
    timeout: 30_000,
  });
  await page.reload();
  await page.getByRole("button", { name: "History" }).click();
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await dialog.getByRole("button", { name: "Clear history" }).click();
  await expect(dialog.getByRole("listitem")).toHaveCount(0);
  await expect(dialog).toContainText("No runs yet");
});
