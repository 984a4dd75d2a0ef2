import { expect, type Page, test } from "@playwright/test";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { openFreshPlayground } from "./fixtures/messages-body";
import { paddedPng } from "./fixtures/noise-png";

const attachedImage = (page: Page) =>
  page.getByRole("img", { name: "Attached image 1 of message 1" });

/** The decoded pixel size of the attached image, once it has loaded. */
const imageSize = (page: Page) =>
  attachedImage(page).evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });

test("a draft with an 11 MB image keeps the image and the text across a reload", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openFreshPlayground(page);
  const box = page.getByRole("textbox", { name: "Message 1 text" });
  await box.fill("What is in this picture?");
  await page.getByLabel("Files to attach to message 1").setInputFiles({
    name: "screenshot.png",
    mimeType: "image/png",
    buffer: paddedPng(1200, 700, 11_000_000),
  });
  // Not downscaled: 11 MB, more than localStorage's whole quota.
  await expect(page.getByText(/^image\/png · 1[01]\.\d MB$/)).toBeVisible();
  await box.focus();
  await box.press("End");
  await page.keyboard.type(" Be brief.");

  // The saved draft names the image instead of carrying it; the data is in IndexedDB.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE_KEYS.draft), {
      timeout: 30_000,
    })
    .toContain("Be brief.");
  const stored = await page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE_KEYS.draft);
  expect(stored).toMatch(/"data":"zenmux-draft-media:sha256-[0-9a-f]{64}"/);
  expect(stored.length).toBeLessThan(2_000);

  await page.reload();
  await expect(box).toHaveValue("What is in this picture? Be brief.");
  await expect(page.getByText(/^image\/png · 1[01]\.\d MB$/)).toBeVisible();
  expect(await imageSize(page)).toEqual([1200, 700]);
});

test("an edit made just before the page goes away is kept, with the image saved earlier", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openFreshPlayground(page);
  await page.getByLabel("Files to attach to message 1").setInputFiles({
    name: "screenshot.png",
    mimeType: "image/png",
    buffer: paddedPng(800, 600, 6_000_000),
  });
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE_KEYS.draft), {
      timeout: 30_000,
    })
    .toContain("zenmux-draft-media:");
  // Typed and reloaded at once: the page saves on its way out, not after the usual pause.
  await page.getByRole("textbox", { name: "Message 1 text" }).fill("Last words");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Message 1 text" })).toHaveValue("Last words");
  expect(await imageSize(page)).toEqual([800, 600]);
});
