import { expect, type Locator, test } from "@playwright/test";
import { noisePng, paddedPng } from "./fixtures/noise-png";
import { openFreshPlayground, requestPanel } from "./fixtures/request";

/** The decoded pixel size of an <img>. */
function naturalSize(image: Locator): Promise<number[]> {
  return image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
}

test.beforeEach(async ({ page }) => {
  await openFreshPlayground(page);
});

test("an image over 5 MB is offered a downscale to 1568 px, which the request then carries", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.getByLabel("Files to attach to message 1").setInputFiles({
    name: "big.png",
    mimeType: "image/png",
    buffer: paddedPng(2000, 1100, 6_400_000),
  });
  await expect(page.getByText(/^image\/png · 6\.\d MB$/)).toBeVisible();
  await expect(page.getByText("Over 5 MB: the API will refuse it.")).toBeVisible();
  await page.getByRole("button", { name: "Downscale image 1 of message 1 to 1568 px" }).click();
  // Decoding and encoding megapixels of noise takes a while on a busy machine.
  await expect(page.getByText("Over 5 MB: the API will refuse it.")).toHaveCount(0, {
    timeout: 60_000,
  });
  const caption = page.getByText(/^image\/(png|jpeg) · [\d.]+ (KB|MB)$/);
  await expect(caption).toBeVisible();
  await expect(page.getByRole("img", { name: "Attached image 1 of message 1" })).toBeVisible();

  // The scaled image is a real one: 1568 px on its long edge, the aspect ratio kept.
  expect(
    await naturalSize(page.getByRole("img", { name: "Attached image 1 of message 1" })),
  ).toEqual([1568, 862]);
});

test("the JSON view shows base64 data as a label, and edits around it keep the data", async ({
  page,
}) => {
  await page.getByLabel("Files to attach to message 1").setInputFiles({
    name: "noise.png",
    mimeType: "image/png",
    buffer: noisePng(200, 100),
  });
  const caption = page.getByText(/^image\/png · 58\.\d KB$/);
  await expect(caption).toBeVisible();
  const panel = requestPanel(page);
  await panel.getByRole("tab", { name: "JSON" }).click();
  const editor = panel.getByRole("textbox", { name: "Request body JSON" });
  const text = await editor.inputValue();
  expect(text).toMatch(/"data": "<base64 image\/png, 58\.\d KB #1>"/);
  expect(text.length).toBeLessThan(2_000);

  // Edit around the label, and move the image block before the text: the data comes along.
  const body = JSON.parse(text);
  body.max_tokens = 777;
  body.messages[0].content.reverse();
  await editor.fill(JSON.stringify(body, null, 2));
  await panel.getByRole("tab", { name: "Form" }).click();
  await expect(panel.getByRole("spinbutton", { name: /max.tokens/i })).toHaveValue("777");
  await expect(caption).toBeVisible();
  await expect(page.getByRole("img", { name: "Attached image 1 of message 1" })).toBeVisible();
  expect(
    await naturalSize(page.getByRole("img", { name: "Attached image 1 of message 1" })),
  ).toEqual([200, 100]);
});
