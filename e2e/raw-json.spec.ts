import { expect, test } from "@playwright/test";
import { openFreshPlayground } from "./fixtures/messages-body";

test.beforeEach(async ({ page }) => {
  await openFreshPlayground(page);
});

test("edits in the JSON show up in the form, unknown fields are kept, and form edits come back", async ({
  page,
}) => {
  await page.getByRole("tab", { name: "JSON" }).click();
  const json = page.getByLabel("Request body JSON");
  const body = {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 777,
    system: "From JSON",
    messages: [
      { role: "user", content: "Hi from JSON" },
      {
        role: "assistant",
        content: [{ type: "tool_use", id: "tu_1", name: "lookup", input: { q: "x" } }],
      },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: "42" }] },
    ],
    metadata: { user_id: "abc" },
    output_config: { effort: "low" },
  };
  await json.fill(JSON.stringify(body, null, 2));
  await page.getByRole("tab", { name: "Form" }).click();

  await expect(page.getByLabel("System prompt")).toHaveValue("From JSON");
  await expect(page.getByLabel("Max tokens")).toHaveValue("777");
  // Earlier turns read as a thread: the tool call as it would in a reply, and editable on demand.
  const thread = page.getByRole("list", { name: "Messages" });
  await expect(thread.getByRole("listitem", { name: "Message 1" })).toContainText("Hi from JSON");
  const call = thread.getByRole("region", { name: "Tool call lookup" });
  await expect(call).toContainText('"q": "x"');
  await page.getByRole("button", { name: "Edit message 1" }).click();
  await expect(page.getByLabel("Message 1 text")).toHaveValue("Hi from JSON");
  // Blocks the form cannot edit are shown as readable cards, not dropped.
  await page.getByRole("button", { name: "Edit message 2" }).click();
  await expect(page.getByText(/lookup\(\{"q":"x"\}\)/)).toBeVisible();
  await expect(page.getByText("for tu_1: 42")).toBeVisible();
  // metadata is flagged where it appears.
  await expect(page.getByText(/ZenMux documents `metadata` as unsupported/)).toBeVisible();

  await page.getByLabel("Max tokens").fill("900");
  await page.getByRole("tab", { name: "JSON" }).click();
  const back = JSON.parse(await json.inputValue());
  expect(back).toEqual({ ...body, max_tokens: 900 });
});

test("invalid JSON shows its line and column and keeps the text across views", async ({ page }) => {
  await page.getByRole("tab", { name: "JSON" }).click();
  const json = page.getByLabel("Request body JSON");
  const broken =
    '{\n  "model": "anthropic/claude-sonnet-4.5",\n  "max_tokens": 10\n  "messages": []\n}';
  await json.fill(broken);
  await expect(page.getByRole("region", { name: "Request" }).getByRole("alert")).toContainText(
    "Line 4, column 3",
  );
  await expect(json).toHaveAttribute("aria-invalid", "true");

  // The form still shows the last valid request, and the draft survives a trip there.
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByLabel("Max tokens")).toHaveValue("1024");
  await expect(page.getByText(/The JSON has an error/)).toBeVisible();
  await page.getByRole("tab", { name: "JSON" }).click();
  await expect(json).toHaveValue(broken);

  // JSON that parses but is not a request: the problem is named, the text kept.
  await json.fill("[1, 2]");
  await expect(page.getByRole("region", { name: "Request" }).getByRole("alert")).toContainText(
    "must be a JSON object",
  );
  await expect(json).toHaveValue("[1, 2]");
  await json.fill('{"model": "m", "max_tokens": 5}');
  await expect(page.getByRole("region", { name: "Request" }).getByRole("alert")).toContainText(
    "`messages` must be an array",
  );

  await page.getByRole("button", { name: "Discard edits" }).click();
  expect(JSON.parse(await json.inputValue()).max_tokens).toBe(1024);
});
