import { expect, test } from "@playwright/test";
import { openFreshPlayground } from "./fixtures/request";

// A 1×1 transparent PNG.
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

test.beforeEach(async ({ page }) => {
  await openFreshPlayground(page);
});

test("an image picked with the file input becomes a thumbnail and a base64 image block", async ({
  page,
}) => {
  await page.getByLabel("Image file for message 1").setInputFiles({
    name: "dot.png",
    mimeType: "image/png",
    buffer: Buffer.from(PNG_BASE64, "base64"),
  });
  await expect(page.getByRole("img", { name: "Attached image 1 of message 1" })).toBeVisible();
  await expect(page.getByText("image/png · 68 B")).toBeVisible();

  await page.getByRole("tab", { name: "JSON" }).click();
  const body = JSON.parse(await page.getByLabel("Request body JSON").inputValue());
  expect(body.messages[0].content).toEqual([
    { type: "text", text: "Hello! What can you do?" },
    { type: "image", source: { type: "base64", media_type: "image/png", data: PNG_BASE64 } },
  ]);

  await page.getByRole("tab", { name: "Form" }).click();
  await page.getByRole("button", { name: "Remove image 1 of message 1" }).click();
  await expect(page.getByRole("img", { name: "Attached image 1 of message 1" })).toHaveCount(0);
});

test("a file that is not an image is refused with a clear message", async ({ page }) => {
  await page.getByLabel("Image file for message 1").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("hello"),
  });
  // The turn being written sits in the conversation, and says there what went wrong.
  await expect(page.getByRole("region", { name: "Conversation" }).getByRole("alert")).toContainText(
    "only JPEG, PNG, GIF or WebP",
  );
  await page.getByRole("tab", { name: "JSON" }).click();
  const body = JSON.parse(await page.getByLabel("Request body JSON").inputValue());
  expect(body.messages[0].content).toBe("Hello! What can you do?");
});
