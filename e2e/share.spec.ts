import { expect, test } from "@playwright/test";
import { decompressFromEncodedURIComponent } from "lz-string";

const DRAFT_KEY = "zenmux-playground:draft";

const request = {
  body: {
    model: "anthropic/claude-3.7-sonnet:amazon-bedrock",
    max_tokens: 777,
    stream: true,
    system: "Answer like a pirate.",
    temperature: 0.2,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "Describe this picture, matey." },
          {
            type: "image",
            source: { type: "base64", media_type: "image/png", data: "iVBOR".padEnd(30_000, "A") },
          },
        ],
      },
    ],
  },
  betas: ["context-1m-2025-08-07"],
};

test("a share link carries the request to another browser, without keys or large media", async ({
  page,
  browser,
}) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key as string, value as string);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [DRAFT_KEY, JSON.stringify(request)],
  );
  await page.goto("/");
  // A saved key must never travel in a link.
  await page.getByRole("button", { name: "Key settings" }).click();
  await page.getByLabel("ZenMux API key").fill("sk-ai-v1-secret-share-test");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("button", { name: "Model", exact: true })).toContainText(
    request.body.model,
  );
  await page.getByRole("button", { name: "Share" }).click();
  const linkBox = page.getByRole("textbox", { name: "Share link" });
  const link = await linkBox.inputValue();
  await expect(page.getByText("1 image left out of the link: too large")).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: /Copied|Copy it yourself/ }),
  ).toBeVisible();

  expect(link).toMatch(/#r=/);
  const payload = decompressFromEncodedURIComponent(link.split("#r=")[1] ?? "");
  expect(payload).not.toContain("sk-ai-v1");
  const shared = JSON.parse(payload ?? "null");
  expect(shared.v).toBe(1);
  expect(shared.request.body.system).toBe("Answer like a pirate.");
  expect(JSON.stringify(shared)).not.toContain("AAAAAAAAAA");

  // Whoever follows the link sees the same playground.
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("button", { name: "Model", exact: true })).toContainText(
    request.body.model,
  );
  await expect(visitor).toHaveURL(/\/$/); // the fragment is cleared from the address bar
  await visitor.getByRole("button", { name: "Share" }).click();
  const again = await visitor.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(again.split("#r=")[1]).toBe(link.split("#r=")[1]);
  await other.close();
});

test("a damaged share link says so and falls back to a working playground", async ({ page }) => {
  await page.goto("/#r=this-is-not-a-share-link");
  // Next.js adds its own, empty, route-announcer alert: find ours by its text.
  await expect(
    page.getByRole("alert").filter({ hasText: "The share link is damaged" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Model", exact: true })).toContainText(
    "anthropic/claude-sonnet-4.5",
  );
});
