import { expect, test } from "@playwright/test";
import { openFreshPlayground } from "./fixtures/messages-body";

test("/favicon.ico and the SVG icon are served, and the page links them", async ({
  page,
  request,
}) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file: reserved 0, type 1, then at least one image.
  const bytes = await ico.body();
  expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);

  await page.goto("/");
  const svgHref = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(svgHref).toBeTruthy();
  const svg = await request.get(svgHref ?? "");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");
});

test("the page's metadata previews well: title, description, Open Graph and Twitter card", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle("ZenMux Playground");
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
  expect(await meta('name="description"')).toMatch(/Anthropic-compatible Messages API/);
  expect(await meta('property="og:title"')).toBe("ZenMux Playground");
  expect(await meta('property="og:description"')).toMatch(/Anthropic-compatible/);
  expect(await meta('property="og:type"')).toBe("website");
  expect(await meta('name="twitter:card"')).toBe("summary_large_image");
  expect(await meta('property="og:image:alt"')).toMatch(/ZenMux Playground/);

  // The card's URL is absolute, on the origin the page was reached at, and serves a 1200×630 PNG.
  const image = (await meta('property="og:image"')) ?? "";
  expect(image.startsWith(`${baseURL}/`)).toBe(true);
  expect(await meta('name="twitter:image"')).toBe(image);
  const png = await request.get(image);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const body = await png.body();
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("Copy says Copied once: on the button, and once in the live status", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openFreshPlayground(page);
  await page.getByRole("button", { name: "Code", exact: true }).click();
  const panel = page.getByRole("region", { name: "Code", exact: true });
  const copy = panel.getByRole("button", { name: "Copy cURL" });
  // "Copied" lasts two seconds: what the panel shows is read the moment it appears, not later.
  await panel.evaluate((element) => {
    const seen = (window as unknown as { copiedSeen?: unknown }).copiedSeen;
    if (seen) return;
    new MutationObserver((_, observer) => {
      const statuses = [...element.querySelectorAll('[role="status"]')].map((s) => s.textContent);
      if (!statuses.includes("Copied")) return;
      observer.disconnect();
      // What a sighted user reads: text nodes saying "Copied" in a box larger than a pixel.
      const shown = [...element.querySelectorAll("*")].filter(
        (node) =>
          [...node.childNodes].some(
            (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.includes("Copied"),
          ) && node.getBoundingClientRect().width > 1,
      ).length;
      (window as unknown as { copiedSeen: unknown }).copiedSeen = {
        statuses: statuses.filter((text) => text === "Copied"),
        shown,
      };
    }).observe(element, { subtree: true, childList: true, characterData: true });
  });
  await copy.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { copiedSeen?: unknown }).copiedSeen))
    .toEqual({ statuses: ["Copied"], shown: 1 });
  // The name stays what the button does.
  await expect(copy).toHaveAccessibleName("Copy cURL");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl /);
  await expect(copy).toHaveText("Copy");
});

test("fault models of the emulator carry no reasoning badge; real reasoning models do", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Model", exact: true }).click();
  const list = page.getByRole("listbox", { name: "Models" });
  await expect(list.getByRole("option", { name: /anthropic\/claude-sonnet-4\.5/ })).toContainText(
    "reasoning",
  );
  await page.getByRole("combobox", { name: "Search models" }).fill("emulator/");
  const faults = list.getByRole("option", { name: /^emulator\// });
  await expect(faults.first()).toBeVisible();
  expect(await faults.count()).toBeGreaterThan(3);
  for (const option of await faults.all()) await expect(option).not.toContainText("reasoning");
});
