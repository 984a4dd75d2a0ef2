import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/a11y";
import { openFreshPlayground, readRequestBody } from "./fixtures/messages-body";

test.beforeEach(async ({ page }) => {
  await openFreshPlayground(page);
});

test("messages can be added, typed, reordered, re-roled and removed; a final assistant turn is a prefill", async ({
  page,
}) => {
  await page.getByLabel("Message 1 text").fill("What is 2+2?");
  await page.getByRole("button", { name: "Add assistant message" }).click();
  await page.getByLabel("Message 2 text").fill("The answer is");
  await expect(page.getByText("Prefill: the model continues this text")).toBeVisible();

  await page.getByRole("button", { name: "Add user message" }).click();
  await page.getByLabel("Message 3 text").fill("third");
  await expect(page.getByText("Prefill: the model continues this text")).toHaveCount(0);

  await page.getByRole("button", { name: "Move message 3 up" }).click();
  await expect(page.getByLabel("Message 2 text")).toHaveValue("third");
  await page.getByLabel("Role of message 3").selectOption("user");

  let body = await readRequestBody(page);
  expect(body.messages).toEqual([
    { role: "user", content: "What is 2+2?" },
    { role: "user", content: "third" },
    { role: "user", content: "The answer is" },
  ]);
  // Consecutive user turns are merged by the API: the editor says so next to the field.
  await expect(page.getByText(/merges consecutive turns/).first()).toBeVisible();

  await page.getByRole("button", { name: "Remove message 2" }).click();
  await page.getByLabel("Role of message 2").selectOption("assistant");
  await expect(page.getByText("Prefill: the model continues this text")).toBeVisible();
  body = await readRequestBody(page);
  expect(body.messages).toEqual([
    { role: "user", content: "What is 2+2?" },
    { role: "assistant", content: "The answer is" },
  ]);
});

test("parameters show up in the raw JSON, and unset ones are absent", async ({ page }) => {
  await page.getByLabel("System prompt").fill("Be terse.");
  await page.getByLabel("Max tokens").fill("300");
  await page.getByLabel("Temperature").fill("0.4");
  await page.getByLabel("Top K").fill("5");
  await page.getByLabel("Stop sequences").fill("END");
  await page.getByLabel("Stop sequences").press("Enter");
  await page.getByRole("switch", { name: "Stream" }).click();
  await page.getByRole("button", { name: /^Tools/ }).click();
  await page.getByRole("button", { name: "+ Add get_weather example" }).click();
  await page.getByLabel("Tool choice").selectOption("tool");
  await page.getByLabel("Disable parallel tool use").check();

  let body = await readRequestBody(page);
  expect(body).toMatchObject({
    system: "Be terse.",
    max_tokens: 300,
    temperature: 0.4,
    top_k: 5,
    stop_sequences: ["END"],
    stream: false,
    tool_choice: { type: "tool", name: "get_weather", disable_parallel_tool_use: true },
  });
  expect((body.tools as { name: string }[])[0]?.name).toBe("get_weather");

  await page.getByLabel("Temperature").fill("");
  await page.getByLabel("Top K").fill("");
  await page.getByRole("button", { name: "Remove stop sequence END" }).click();
  await page.getByRole("switch", { name: "Extended thinking" }).click();
  await page.getByLabel("Tool choice").selectOption("auto");
  body = await readRequestBody(page);
  expect("temperature" in body).toBe(false);
  expect("top_k" in body).toBe(false);
  expect("stop_sequences" in body).toBe(false);
  expect(body.thinking).toEqual({ type: "enabled", budget_tokens: 1024 });
  expect(body.max_tokens).toBeGreaterThan(1024);

  await page.getByRole("switch", { name: "Extended thinking" }).click();
  body = await readRequestBody(page);
  expect("thinking" in body).toBe(false);
});

test("an invalid tool schema is explained with its position and kept as typed", async ({
  page,
}) => {
  await page.getByRole("button", { name: /^Tools/ }).click();
  await page.getByRole("button", { name: "+ Add tool" }).click();
  const schema = page.getByLabel("Tool 1 input schema (JSON)");
  await schema.fill('{\n  "type": "object",\n  oops\n}');
  await expect(schema).toHaveAccessibleDescription(/Invalid JSON at line 3, column 3/);
  await expect(schema).toHaveValue('{\n  "type": "object",\n  oops\n}');
  await schema.fill('{ "type": "array" }');
  await expect(schema).toHaveAccessibleDescription(/must have "type": "object"/);
});

test("the code execution beta is refused with ZenMux's reason", async ({ page }) => {
  await page.getByRole("button", { name: /^Betas/ }).click();
  const input = page.getByLabel("Betas (anthropic-beta header)");
  await input.fill("code-execution-2025-08-25");
  await page.getByRole("button", { name: "Add beta" }).click();
  await expect(page.getByRole("region", { name: "Request" }).getByRole("alert")).toContainText(
    "ZenMux does not support the code execution beta",
  );
  await expect(input).toHaveValue("code-execution-2025-08-25");
  await input.fill("context-1m-2025-08-07");
  await input.press("Enter");
  await expect(
    page.getByRole("button", { name: "Remove beta context-1m-2025-08-07" }),
  ).toBeVisible();
  await page.getByRole("tab", { name: "JSON" }).click();
  await expect(page.getByTestId("json-betas")).toHaveText("context-1m-2025-08-07");
});

test("the request editor has no serious accessibility violations", async ({ page }) => {
  await page.getByRole("button", { name: /^Tools/ }).click();
  await page.getByRole("button", { name: "+ Add get_weather example" }).click();
  await page.getByRole("button", { name: /^Betas/ }).click();
  for (const view of ["Form", "JSON"]) {
    await page.getByRole("tab", { name: view }).click();
    expect(await seriousViolations(page, 'section[aria-label="Request"]')).toEqual([]);
  }
});
