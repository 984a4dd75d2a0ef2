import { expect, test } from "@playwright/test";

test("the page opens and says it runs in demo mode against the built-in emulator", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("status", { name: "Mode" })).toContainText(/demo/i);
  await expect(page.getByText(/answers come from the built-in emulator/i)).toBeVisible();
});
