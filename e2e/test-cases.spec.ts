import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { seriousViolations, testInBothThemes } from "./fixtures/a11y";
import { messagesBody, setRequestBody } from "./fixtures/messages-body";
import { recordSentRequests } from "./fixtures/sent-requests";

const SONNET = "anthropic/claude-sonnet-4.5";
const GPT = "openai/gpt-5-mini";

const template = messagesBody({
  system: "You speak {{tone}}.",
  messages: [{ role: "user", content: "Tell me about {{city}}." }],
});

// Quotes, commas, a newline inside a cell, unicode, and empty cells.
const CSV = 'city,tone,unused\n"Paris, ""the"" city",calm,\n"Zürich 🌍\n東京",,x\nOslo,cheerful,\n';
const ROWS = [
  { city: 'Paris, "the" city', tone: "calm" },
  { city: "Zürich 🌍\n東京", tone: "wry" },
  { city: "Oslo", tone: "cheerful" },
];

async function openTestCases(page: Page) {
  await page.getByRole("button", { name: "Test cases", exact: true }).click();
  await expect(page.getByRole("region", { name: "Test cases", exact: true })).toBeVisible();
}

async function importCsv(page: Page, csv: string) {
  await page.getByLabel("Test case file").setInputFiles({
    name: "cases.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
}

const cell = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

test("CSV test cases with awkward values run on every column; each cell's request is its row and column", async ({
  page,
}) => {
  await page.goto(`/?model=${SONNET},${GPT}`);
  await setRequestBody(page, template);
  await openTestCases(page);
  const variables = page.getByRole("region", { name: "Variables" });
  await expect(variables).toContainText("{{tone}}");
  await expect(variables).toContainText("{{city}}");

  await importCsv(page, CSV);
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 test cases" })).toBeVisible();
  await expect(cell(page, "city in test case 1")).toHaveValue('Paris, "the" city');
  await expect(cell(page, "city in test case 2")).toHaveValue("Zürich 🌍\n東京");
  await expect(cell(page, "tone in test case 2")).toHaveValue("");
  await expect(cell(page, "unused in test case 2")).toHaveValue("x");

  // An empty value blocks the run and names the variable; nothing goes out.
  const sent = recordSentRequests(page);
  await page.getByRole("button", { name: "Run all test cases" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Test case 2" })).toHaveText(
    "Test case 2: The variable {{tone}} has no value. Nothing was run.",
  );
  expect(sent).toHaveLength(0);

  await cell(page, "tone in test case 2").fill("wry");
  await page.getByRole("spinbutton", { name: "At once" }).fill("2");
  await page.getByRole("button", { name: "Run all test cases" }).click();
  await expect(page.getByRole("status", { name: "Test case run" })).toHaveText("6 of 6 run", {
    timeout: 30_000,
  });
  const results = page.getByRole("table", { name: "Results" });
  await expect(results.getByRole("row", { name: /^Totals/ })).toContainText("6 done, 0 failed");

  // Every cell went upstream once, as its row and its column.
  expect(sent).toHaveLength(6);
  const seen = sent.map((request) => {
    const message = (request.body.messages as { content: string }[])[0]?.content;
    return `${request.body.model}|${request.body.system}|${message}`;
  });
  const expected = ROWS.flatMap((row) =>
    [SONNET, GPT].map((model) => `${model}|You speak ${row.tone}.|Tell me about ${row.city}.`),
  );
  expect(seen.sort()).toEqual(expected.sort());

  // A cell opens as its recording.
  await results.getByRole("button", { name: `Test case 2 × ${GPT}: done` }).click();
  const dialog = page.getByRole("dialog", { name: `Test case 2 × ${GPT}` });
  await expect(dialog.getByRole("article", { name: "Reply" })).not.toBeEmpty();
  await expect(dialog.getByRole("status", { name: "Run source" })).toHaveText(
    "Recorded · from test case",
  );
  await dialog.getByRole("tab", { name: "Raw" }).click();
  await expect(dialog.getByText(/event: message_stop/)).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  // The selected row's request is what the JSON view and the code panel show.
  await page.getByRole("radio", { name: "Use test case 3" }).check();
  const json = page.getByRole("region", { name: "Selected test case's request" });
  await expect(json).toContainText('"system": "You speak cheerful."');
  await expect(json).toContainText("Tell me about Oslo.");
  await expect(page.getByRole("region", { name: "Code" })).toContainText("Tell me about Oslo.");

  // Export and import again: the same values.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync((await (await csvDownload).path()) ?? "", "utf8");
  expect(csv).toContain('"Paris, ""the"" city"');
  expect(csv).toContain('"Zürich 🌍\n東京"');
  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const exported = JSON.parse(readFileSync((await (await jsonDownload).path()) ?? "", "utf8"));
  expect(exported).toEqual(ROWS.map((row, i) => ({ ...row, unused: i === 1 ? "x" : "" })));

  await page.getByRole("button", { name: "Duplicate test case 1" }).click();
  await expect(cell(page, "city in test case 2")).toHaveValue('Paris, "the" city');
  await page.getByRole("button", { name: "Delete test case 2" }).click();
  await expect(cell(page, "city in test case 2")).toHaveValue("Zürich 🌍\n東京");
  await page.getByLabel("Test case file").setInputFiles({
    name: "cases.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(exported), "utf8"),
  });
  await expect(cell(page, "city in test case 2")).toHaveValue("Zürich 🌍\n東京");
  await expect(cell(page, "tone in test case 2")).toHaveValue("wry");

  // A broken file changes nothing and says why.
  await page.getByLabel("Test case file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("a,b\n1,2,3\n", "utf8"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "bad.csv" })).toContainText(
    "Nothing was changed",
  );
  await expect(cell(page, "city in test case 3")).toHaveValue("Oslo");
});

test("the editor's Run sends the selected test case, and refuses a variable without a value; Stop ends a grid", async ({
  page,
}) => {
  await page.goto("/");
  await setRequestBody(page, { ...template, model: "emulator/slow-stream" });
  const sent = recordSentRequests(page);
  await openTestCases(page);
  await importCsv(page, "city,tone\nOslo,calm\nRome,\nBern,dry\n");
  await page.getByRole("spinbutton", { name: "At once" }).fill("1");
  await page.getByRole("button", { name: "Run all test cases" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Test case 2" })).toContainText(
    "{{tone}}",
  );
  await cell(page, "tone in test case 2").fill("warm");
  await page.getByRole("button", { name: "Run all test cases" }).click();
  await expect.poll(() => sent.length).toBe(1);
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(page.getByRole("status", { name: "Test case run" })).toHaveText("1 of 3 run");
  const results = page.getByRole("table", { name: "Results" });
  await expect(results.getByRole("button", { name: /Test case 1 × .*: stopped/ })).toBeVisible();
  await expect(results.getByRole("button", { name: /: not run$/ })).toHaveCount(2);
  expect(sent).toHaveLength(1);

  await page.getByRole("button", { name: "Close test cases" }).click();
  await setRequestBody(page, template);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Done");
  expect(sent.at(-1)?.body).toMatchObject({ system: "You speak calm.", model: SONNET });

  await page.getByRole("button", { name: "Test cases", exact: true }).click();
  await page.getByRole("button", { name: "Add test case" }).click();
  await page.getByRole("radio", { name: "Use test case 4" }).check();
  await page.getByRole("button", { name: "Close test cases" }).click();
  const before = sent.length;
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The variables {{tone}}, {{city}} have no value." }),
  ).toBeVisible();
  expect(sent).toHaveLength(before);
});

testInBothThemes(
  "test cases have no serious accessibility violations",
  async (page, scheme) => {
    await page.goto("/");
    await setRequestBody(page, template);
    await openTestCases(page);
    await importCsv(page, CSV);
    await cell(page, "tone in test case 2").fill("wry");
    await page.getByRole("button", { name: "Run all test cases" }).click();
    await expect(page.getByRole("status", { name: "Test case run" })).toHaveText("3 of 3 run");
    expect(await seriousViolations(page, 'section[aria-label="Test cases"]')).toEqual([]);
    await page.screenshot({ path: `test-results/test-cases-${scheme}.png` });
  },
  120_000,
);
