import { expect, test } from "@playwright/test";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";

test("the page opens and says it runs in demo mode against the built-in emulator", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("status", { name: "Mode" })).toContainText(/demo/i);
  await expect(page.getByText(/answers come from the built-in emulator/i)).toBeVisible();
});

test("the top bar offers key settings, history, share and the theme toggle", async ({ page }) => {
  await page.goto("/");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("heading", { name: "ZenMux Playground" })).toBeVisible();
  for (const name of ["Key settings", "History", "Share"]) {
    await expect(banner.getByRole("button", { name })).toBeVisible();
  }
  await expect(banner.getByRole("button", { name: /^Theme: / })).toBeVisible();
});

test("corrupt saved state does not break the page", async ({ page }) => {
  await page.addInitScript((keys) => {
    localStorage.setItem(keys.draft, "{not json");
    localStorage.setItem(keys.recentModels, "42");
    localStorage.setItem(keys.theme, "purple");
  }, STORAGE_KEYS);
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Model", exact: true })).toContainText(
    "anthropic/claude-sonnet-4.5",
  );
  await page.getByRole("button", { name: "History" }).click();
  await expect(page.getByRole("dialog", { name: "History" })).toContainText("No runs yet");
});

test("with web storage blocked by the browser, the playground still opens and runs", async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("Storage is disabled", "SecurityError");
        },
      });
    }
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/");
  await expect(page.getByRole("status", { name: "Mode" })).toContainText("Demo");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("article", { name: "Reply" })).toContainText(
    "Hello! What can you do?",
  );
  expect(errors).toEqual([]);
});
