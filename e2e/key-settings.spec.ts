import { expect, test } from "@playwright/test";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";

const KEY = "sk-ai-v1-e2e-not-a-real-key";

test("a saved key switches the mode to your key for this session, and Forget returns to demo", async ({
  page,
}) => {
  await page.goto("/");
  const mode = page.getByRole("status", { name: "Mode" });
  await expect(mode).toHaveText("Demo");

  await page.getByRole("button", { name: "Key settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Key settings" });
  await expect(dialog).toContainText("never stores it");
  const input = dialog.getByLabel("ZenMux API key");
  await expect(input).toHaveAttribute("type", "password");
  await expect(input).toHaveAttribute("placeholder", "sk-ai-v1-…");
  await input.fill(KEY);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(mode).toHaveText("ZenMux · your key");
  await expect(page.getByText(/answers come from the built-in emulator/i)).toBeHidden();

  expect(await page.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEYS.userKey)).toBe(KEY);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.userKey)).toBeNull();

  await page.reload();
  await expect(mode).toHaveText("ZenMux · your key");

  await page.getByRole("button", { name: "Key settings" }).click();
  await dialog.getByRole("button", { name: "Forget key" }).click();
  await expect(mode).toHaveText("Demo");
  await expect(page.getByText(/answers come from the built-in emulator/i)).toBeVisible();
  expect(await page.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEYS.userKey)).toBeNull();
});

test("Remember on this device keeps the key in localStorage", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Key settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Key settings" });
  await dialog.getByLabel("ZenMux API key").fill(KEY);
  await dialog.getByRole("checkbox", { name: "Remember on this device" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status", { name: "Mode" })).toHaveText("ZenMux · your key");
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.userKey)).toBe(KEY);
  expect(await page.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEYS.userKey)).toBeNull();

  // A new tab of the same browser (new session) still has it.
  const other = await page.context().newPage();
  await other.goto("/");
  await expect(other.getByRole("status", { name: "Mode" })).toHaveText("ZenMux · your key");
});

test("the demo banner's link opens the one Key settings dialog", async ({ page }) => {
  await page.goto("/");
  // The top bar's button keeps its name to itself.
  await expect(page.getByRole("button", { name: "Key settings" })).toHaveCount(1);
  await page.getByRole("button", { name: "add your ZenMux key" }).click();
  const dialog = page.getByRole("dialog", { name: "Key settings" });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(1);
  await expect(dialog.getByLabel("ZenMux API key")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
