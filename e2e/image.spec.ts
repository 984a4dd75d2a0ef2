import { expect, test } from "@playwright/test";
import { conversationPanel, openFreshPlayground } from "./fixtures/messages-body";

// A 1×1 transparent PNG.
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

test.beforeEach(async ({ page }) => {
  await openFreshPlayground(page);
});

test("an image picked with the file input becomes a thumbnail and a base64 image block", async ({
  page,
}) => {
  await page.getByLabel("Files to attach to message 1").setInputFiles({
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

test("a file the API cannot take is refused with a clear message, and nothing is lost", async ({
  page,
}) => {
  await page.getByLabel("Files to attach to message 1").setInputFiles({
    name: "letter.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from("PK\u0003\u0004 not really a document"),
  });
  // The turn being written sits in the conversation, and says there what went wrong.
  await expect(conversationPanel(page).getByRole("alert")).toContainText(
    "letter.docx is application/vnd.openxmlformats-officedocument.wordprocessingml.document: attach images (JPEG, PNG, GIF, WebP), PDFs or plain-text files",
  );
  await page.getByRole("tab", { name: "JSON" }).click();
  const body = JSON.parse(await page.getByLabel("Request body JSON").inputValue());
  expect(body.messages[0].content).toBe("Hello! What can you do?");
});
