import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { seriousViolations } from "./fixtures/a11y";
import {
  messagesBody,
  openFreshPlayground,
  reply,
  runStatus,
  runUntilDone,
  setRequestBody,
} from "./fixtures/messages-body";
import { type RunViews, readRunViews, replayAt, runSource } from "./fixtures/views";

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
    [STORAGE_KEYS.draft, JSON.stringify(request)],
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

/** Runs a request and copies a link with its answer from the Share popover. */
async function shareWithAnswer(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share" }).click();
  const include = page.getByRole("switch", { name: "Include the answer" });
  await include.click();
  await expect(include).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(/The link carries the answer as recorded/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.keyboard.press("Escape");
  return link;
}

/** `link` in a browser of its own where everything but the page fails: no proxy, no model list. */
async function openOffline(browser: Browser, link: string) {
  const context = await browser.newContext();
  const sent: string[] = [];
  await context.route("**/api/**", (route) => {
    sent.push(route.request().url());
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page, sent };
}

// A fresh browser with the network blocked: the link alone carries the request and the answer.
test("a link with the answer opens in a fresh browser with the network blocked, shown as recorded and ready to replay", async ({
  page,
  browser,
}) => {
  await openFreshPlayground(page);
  await setRequestBody(
    page,
    messagesBody({ messages: [{ role: "user", content: "Tell me about lighthouses" }] }),
  );
  await runUntilDone(page);
  const original = await readRunViews(page);
  const link = await shareWithAnswer(page);
  const payload = JSON.parse(decompressFromEncodedURIComponent(link.split("#r=")[1] ?? "") ?? "");
  expect(payload.v).toBe(2);
  expect(payload.recording.mode).toBe("demo");

  const visitor = await openOffline(browser, link);
  const other = visitor.page;
  await expect(runSource(other)).toHaveText("Recorded · from link");
  // A demo answer never passes for a real model's: the recording says how it ran.
  await other.getByRole("tab", { name: "Raw" }).click();
  await expect(other.getByRole("note", { name: "Run source" })).toContainText(
    "ran in demo mode: the built-in emulator answered",
  );
  await other.getByRole("tab", { name: "Response" }).click();
  await expect(reply(other)).toContainText("Tell me about lighthouses");
  await expect(runStatus(other)).toHaveText("Done");
  // Offline, the price list cannot load: everything but the cost is compared.
  const comparable = (views: RunViews) => ({
    ...views,
    metrics: views.metrics.split("Estimated cost")[0],
  });
  expect(comparable(await readRunViews(other))).toEqual(comparable(original));

  await replayAt(other, "10×");
  await expect(runSource(other)).toHaveText("Replay · 10×");
  await expect(runStatus(other)).toHaveText("Done");
  expect(comparable(await readRunViews(other))).toEqual(comparable(original));
  // Nothing was sent to run it: replay needs no key and no network. (The context bar may ask
  // count_tokens, which runs nothing and costs nothing.)
  expect(visitor.sent.filter((url) => new URL(url).pathname.endsWith("/v1/messages"))).toEqual([]);
  await visitor.context.close();
});

test("an answer too large for a link is offered as a file instead", async ({ page }) => {
  await openFreshPlayground(page);
  // Text that does not compress makes a recording far over the link limit.
  let seed = 7;
  const noise = Array.from({ length: 90_000 }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String.fromCharCode(97 + (seed % 26));
  }).join("");
  await setRequestBody(page, messagesBody({ system: noise }));
  await runUntilDone(page);
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("switch", { name: "Include the answer" }).click();
  const note = page.getByRole("note").filter({ hasText: "too large for a link" });
  await expect(note).toContainText(/\d+ kB encoded; links hold up to 64 kB/);
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  const payload = JSON.parse(decompressFromEncodedURIComponent(link.split("#r=")[1] ?? "") ?? "");
  expect(payload.v).toBe(1);
  const download = page.waitForEvent("download");
  await note.getByRole("button", { name: "Export run file" }).click();
  const file = JSON.parse(readFileSync((await (await download).path()) ?? "", "utf8"));
  expect(file.format).toBe("zenmux-playground-run");
  expect(file.recording.request.body.system).toBe(noise);
});

function messagesBodyRequest() {
  return { body: messagesBody(), betas: [] };
}

// Each way a link can be wrong (a version this playground does not read, an answer of the wrong
// types, a prototype-polluting key) has its message proven by lib/share/share-link.test.ts; here
// the most hostile one goes through the page.
test("a link with a prototype-polluting key is refused", async ({ page }) => {
  const hostile = `{"v":2,"request":${JSON.stringify(messagesBodyRequest())},"recording":{"__proto__":{"polluted":"yes"}}}`;
  await page.goto(`/#r=${compressToEncodedURIComponent(hostile)}`);
  await expect(page.getByRole("alert").filter({ hasText: "share link" })).toContainText(
    "__proto__",
  );
  expect(await page.evaluate(() => "polluted" in {})).toBe(false);
  await expect(page.getByRole("heading", { name: "Start with an example" })).toBeVisible();
  await expect(runSource(page)).toHaveCount(0);
});
