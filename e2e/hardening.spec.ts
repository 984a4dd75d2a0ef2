import { expect, type Page, test } from "@playwright/test";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";

/** Collects CSP violations and console errors from the moment the page starts. */
async function watchForViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return {
    consoleErrors,
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

test("the page runs under its CSP without a single violation, dark theme script included", async ({
  page,
}) => {
  const watch = await watchForViolations(page);
  await page.addInitScript((key) => localStorage.setItem(key, "dark"), STORAGE_KEYS.theme);
  const response = await page.goto("/");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  // The inline theme script ran (it carries the nonce): the page is dark before React starts.
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled({
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "Key settings" }).click();
  await page.keyboard.press("Escape");
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors.filter((text) => /Content Security Policy|CSP/i.test(text))).toEqual(
    [],
  );
});

test("pages and API answers carry the hardening headers", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/api/anthropic/v1/models", "/api/health"]) {
    const response = await request.get(path, { headers: { "anthropic-version": "2023-06-01" } });
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("base-uri 'none'");
  }
});

test("odd requests on API paths get Anthropic-shaped 4xx answers", async ({ request }) => {
  const cases: [string, string, number][] = [
    ["TRACE", "/api/anthropic/v1/messages", 405],
    ["OPTIONS", "/api/anthropic/v1/messages", 405],
    ["PROPFIND", "/api/anthropic/v1/messages", 405],
    ["PROPFIND", "/api/anthropic/v1/messages/count_tokens", 405],
    ["OPTIONS", "/api/emulator/v1/models", 405],
    ["GET", "/api/anthropic/v1/%ff", 400],
    ["POST", "/api/emulator/%e0%a4%a", 400],
    ["GET", "/api/anthropic", 404],
    ["GET", "/api/unknown", 404],
  ];
  for (const [method, path, status] of cases) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(status);
    expect(response.headers()["content-type"], `${method} ${path}`).toBe("application/json");
    expect(await response.json()).toMatchObject({
      type: "error",
      error: { type: expect.any(String) },
    });
  }
});
