import { expect, test } from "@playwright/test";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { requestPanel } from "./fixtures/messages-body";

test("a model is chosen by keyboard: open, filter, arrow, Enter", async ({ page }) => {
  await page.goto("/");
  const trigger = page.getByRole("button", { name: "Model", exact: true });
  await expect(trigger).toContainText("anthropic/claude-sonnet-4.5");

  await trigger.focus();
  await page.keyboard.press("Enter");
  const search = page.getByRole("combobox", { name: "Search models" });
  await expect(search).toBeFocused();
  // Catalog details are shown per item: context, price and the reasoning badge.
  const sonnet = page
    .getByRole("listbox", { name: "Models" })
    .getByRole("option", { name: /anthropic\/claude-sonnet-4\.5/ });
  await expect(sonnet).toContainText("1M ctx");
  await expect(sonnet).toContainText("$3 / $15");
  await expect(sonnet).toContainText("reasoning");

  await page.keyboard.type("openai/gpt");
  const options = page.getByRole("listbox", { name: "Models" }).getByRole("option");
  await expect(options.first()).toContainText("openai/gpt-5");
  await expect(
    page.getByRole("listbox", { name: "Models" }).getByRole("option", { name: /anthropic/ }),
  ).toHaveCount(0);
  await page.keyboard.press("ArrowDown");
  await expect(
    page.getByRole("listbox", { name: "Models" }).getByRole("option", { selected: true }),
  ).toContainText("openai/gpt-5-mini");
  await page.keyboard.press("Enter");

  await expect(search).toBeHidden();
  await expect(trigger).toContainText("openai/gpt-5-mini");
  await expect(trigger).toBeFocused();

  // Recent models come first next time.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Recent" })).toContainText("openai/gpt-5-mini");
  await page.keyboard.press("Escape");

  // The choice survives a reload (the draft is saved in this browser).
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE_KEYS.draft))
    .toContain("openai/gpt-5-mini");
  await page.reload();
  await expect(page.getByRole("button", { name: "Model", exact: true })).toContainText(
    "openai/gpt-5-mini",
  );
});

test("filtering matches display names too", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Model", exact: true }).click();
  await page.getByRole("combobox", { name: "Search models" }).fill("kimi");
  await expect(
    page.getByRole("listbox", { name: "Models" }).getByRole("option").first(),
  ).toContainText("moonshotai/kimi-k2.6");
  await page.getByRole("combobox", { name: "Search models" }).fill("Claude Opus");
  await expect(
    page.getByRole("listbox", { name: "Models" }).getByRole("option").first(),
  ).toContainText("anthropic/claude-opus-4.5");
});

test("a hand-typed id with a provider pin is accepted", async ({ page }) => {
  await page.goto("/");
  const trigger = page.getByRole("button", { name: "Model", exact: true });
  await trigger.click();
  const pinned = "anthropic/claude-3.7-sonnet:amazon-bedrock";
  await page.getByRole("combobox", { name: "Search models" }).fill(pinned);
  const custom = page
    .getByRole("listbox", { name: "Models" })
    .getByRole("option", { name: `Use “${pinned}”` });
  await expect(custom).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(trigger).toContainText(pinned);
});

test("when the catalog fails, the picker says so, offers Retry, and a typed id still works", async ({
  page,
}) => {
  await page.route("**/api/anthropic/v1/models**", (route) =>
    route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({ type: "error", error: { type: "api_error", message: "boom" } }),
    }),
  );
  await page.goto("/");
  // A click before hydration would be lost: the editor's region appears once the page is live.
  await expect(requestPanel(page)).toBeVisible();
  const trigger = page.getByRole("button", { name: "Model", exact: true });
  await trigger.click();
  await expect(page.getByText(/Could not load models:/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  await page.getByRole("combobox", { name: "Search models" }).fill("openai/gpt-5");
  await page
    .getByRole("listbox", { name: "Models" })
    .getByRole("option", { name: "Use “openai/gpt-5”" })
    .click();
  await expect(trigger).toContainText("openai/gpt-5");
});
