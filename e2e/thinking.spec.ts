import { expect, test } from "@playwright/test";
import { messagesBody, readRequestBody, reply, runFreshRequest } from "./fixtures/messages-body";

test("thinking comes first, folds away after the reply, opens on demand, and is added with its signature", async ({
  page,
}) => {
  await runFreshRequest(
    page,
    messagesBody({ max_tokens: 4096, thinking: { type: "enabled", budget_tokens: 1024 } }),
  );
  const toggle = reply(page).getByRole("button", { name: /^Thinking/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const controlled = await toggle.getAttribute("aria-controls");
  const region = page.locator(`[id="${controlled}"]`);
  await expect(region).toBeHidden();
  // The thinking block is shown before the answer's text.
  const thinkingFirst = await reply(page).evaluate((article, regionId) => {
    const button = article.querySelector(`[aria-controls="${regionId}"]`);
    const text = [...article.querySelectorAll("p")].find((p) => !p.closest(`[id="${regionId}"]`));
    return Boolean(
      button && text && button.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  }, controlled);
  expect(thinkingFirst).toBe(true);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(region).toBeVisible();
  expect(((await region.textContent()) ?? "").length).toBeGreaterThan(10);

  await page.getByRole("button", { name: "Add to conversation" }).click();
  const body = await readRequestBody(page);
  const assistant = (
    body.messages as { role: string; content: { type: string; signature?: string }[] }[]
  )[1];
  expect(assistant?.role).toBe("assistant");
  expect(assistant?.content[0]?.type).toBe("thinking");
  expect(assistant?.content[0]?.signature?.length).toBeGreaterThan(0);
  expect(assistant?.content.some((b) => b.type === "text")).toBe(true);
});
