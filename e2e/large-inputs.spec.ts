import { expect, type Locator, test } from "@playwright/test";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { openFreshPlayground, requestPanel } from "./fixtures/messages-body";
import { noisePng, paddedPng } from "./fixtures/noise-png";

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

test("a 200 kB message is typed in an editor that lays out only what is on screen, under the same name", async ({
  page,
}) => {
  const long = "The quick brown fox jumps over the lazy dog. ".repeat(4600);
  const box = page.getByRole("textbox", { name: "Message 1 text" });
  await box.fill(long);
  // The textarea gave way to the long-text editor, which kept the focus and the caret at the end.
  await expect(box).toHaveAttribute("contenteditable", "true");
  await expect(box).toBeFocused();
  await page.keyboard.type("The end.");

  // The request has every character: the code panel counts them, the saved draft holds them.
  const total = long.length + "The end.".length;
  await page.getByRole("button", { name: "Code", exact: true }).click();
  await expect(page.getByRole("region", { name: "Code", exact: true })).toContainText(
    `<${(total - 200).toLocaleString("en-US")} more characters>`,
  );
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const draft = JSON.parse(localStorage.getItem(key) ?? "{}");
        const text = draft.body?.messages?.[0]?.content;
        return typeof text === "string" ? [text.length, text.endsWith("lazy dog. The end.")] : null;
      }, STORAGE_KEYS.draft),
    )
    .toEqual([total, true]);

  // Cut back to a short text, the textarea returns, still focused.
  await box.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Short again");
  await expect(box).toHaveValue("Short again");
  await expect(box).toBeFocused();
});
