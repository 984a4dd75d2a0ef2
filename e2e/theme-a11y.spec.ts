import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";

async function expectNoOverflow(page: Page) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return [root.scrollWidth, root.clientWidth];
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("the theme follows the system, the toggle overrides it and persists", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveClass(/\bdark\b/);

  const toggle = page.getByRole("button", { name: /^Theme: / });
  // The name says the current choice and the one a click makes.
  await expect(toggle).toHaveAccessibleName("Theme: system (next: light)");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: light (next: dark)");
  await expect(html).not.toHaveClass(/\bdark\b/);

  await page.reload();
  // Applied before paint by the inline script, and kept by the toggle.
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(page.getByRole("button", { name: "Theme: light (next: dark)" })).toBeVisible();
  await page.getByRole("button", { name: "Theme: light (next: dark)" }).click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAccessibleName("Theme: dark (next: system)");
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations and no overflow in the ${scheme} theme`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Model", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveClass(
      scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoOverflow(page);

    await page.getByRole("button", { name: "Model", exact: true }).click();
    await expect(
      page.getByRole("listbox", { name: "Models" }).getByRole("option").first(),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByRole("textbox", { name: "Share link" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Key settings" }).click();
    await expect(page.getByRole("dialog", { name: "Key settings" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "History" }).click();
    await expect(page.getByRole("dialog", { name: "History" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoOverflow(page);
    await context.close();
  });
}
