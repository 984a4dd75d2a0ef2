import { expect, test } from "@playwright/test";
import { reply, runButton, runError, runStatus } from "./fixtures/messages-body";
import { type SecondServer, startSecondServer } from "./fixtures/second-server";

/**
 * A second production server from the same build that holds a key (the e2e server's emulator
 * stands in for ZenMux) and requires sign-in: what a stranger, a demo user and a signed-in user see.
 */

const PASSWORD = "team demo passphrase";
let server: SecondServer | undefined;
let origin = "";

test.beforeAll(async ({ baseURL }) => {
  server = await startSecondServer({
    ZENMUX_API_KEY: "sk-ai-v1-e2e-server-key-0123456789",
    ZENMUX_BASE_URL: `${baseURL}/api/emulator`,
    PLAYGROUND_PASSWORD: PASSWORD,
  });
  origin = server.origin;
});

test.afterAll(() => server?.stop());

test("a stranger is offered sign-in, a token or own key, and demo mode; a run without is refused", async ({
  page,
}) => {
  await page.goto(`${origin}/`);
  const notice = page.getByRole("region", { name: "Server key access" });
  await expect(notice).toContainText("This server's key needs sign-in.");
  await expect(notice.getByRole("link", { name: "sign in" })).toHaveAttribute("href", "/sign-in");
  await expect(notice.getByRole("button", { name: /your own ZenMux key/ })).toBeVisible();
  await runButton(page).click();
  await expect(runError(page)).toContainText("sign in at /sign-in");
  await page.screenshot({ path: "test-results/sign-in-notice-light.png" });

  await notice.getByRole("button", { name: "try demo mode" }).click();
  await expect(page.getByText(/answers come from the built-in emulator/i)).toBeVisible();
  await runButton(page).click();
  await expect(runStatus(page)).toHaveText("Done");
  await expect(reply(page)).not.toBeEmpty();
  await page.getByRole("button", { name: "leave demo mode" }).click();
  await expect(page.getByText(/answers come from the built-in emulator/i)).toBeHidden();
});

test("signing in unlocks the server key in the browser; a wrong password does not; sign-out ends it", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${origin}/sign-in`);
  const password = page.getByLabel("Password");
  await password.fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong password.")).toBeVisible();
  await page.screenshot({ path: "test-results/sign-in-page-dark.png" });

  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${origin}/`);
  await expect(page.getByRole("region", { name: "Server key access" })).toBeHidden();
  const answer = page.waitForResponse((response) => response.url().endsWith("/v1/messages"));
  await runButton(page).click();
  expect((await answer).headers()["x-playground-key-source"]).toBe("server");
  await expect(runStatus(page)).toHaveText("Done");

  const cookies = await page.context().cookies(origin);
  const session = cookies.find((cookie) => cookie.name === "playground_session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Strict");

  await page.goto(`${origin}/sign-in`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByLabel("Password")).toBeVisible();
  await page.goto(`${origin}/`);
  await expect(page.getByRole("region", { name: "Server key access" })).toBeVisible();
});
