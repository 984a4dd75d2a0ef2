/**
 * The ONE place that knows how to drive the playground page (and the bare baseline page, which
 * mimics the same names). Everything goes by stable accessible names, so the page can change
 * underneath: if the playground renames a control, fix it here only.
 */

/** Where the playground keeps the request being edited (STORAGE_KEYS.draft in lib/storage/storage-keys.ts; plain Node cannot import it). */
const DRAFT_STORAGE_KEY = "zenmux-playground:draft";
/** Where the bare page reads the body it sends. */
const BARE_BODY_KEY = "bench:body";

export const runButton = (page) => page.getByRole("button", { name: "Run", exact: true });
export const stopButton = (page) => page.getByRole("button", { name: /^Stop/ });
export const messageBox = (page, n) => page.getByRole("textbox", { name: `Message ${n} text` });
const imageInput = (page, n) => page.getByLabel(`Files to attach to message ${n}`);

/** An earlier turn of the thread: read, not edited, until this button is pressed. */
const editButton = (page, n) =>
  page.getByRole("button", { name: `Edit message ${n}`, exact: true });

/** The page is ready once its Run button and first message (as a box, or read) are on screen. */
export async function waitReady(page) {
  await runButton(page).waitFor({ state: "visible", timeout: 60_000 });
  await messageBox(page, 1).or(editButton(page, 1)).first().waitFor({ timeout: 60_000 });
}

/**
 * Opens `url` with `body` (a Messages request body) as the request being edited: written where
 * the playground restores its draft from, and where the bare page reads its body.
 */
export async function openWithRequest(page, url, body) {
  await page.goto(url);
  await page.evaluate(
    ([draftKey, bareKey, request]) => {
      localStorage.setItem(draftKey, JSON.stringify({ body: request, betas: [] }));
      localStorage.setItem(bareKey, JSON.stringify(request));
    },
    [DRAFT_STORAGE_KEY, BARE_BODY_KEY, body],
  );
  await page.reload();
  await waitReady(page);
}

export async function startRun(page) {
  await runButton(page).click();
  await stopButton(page).waitFor({ state: "visible", timeout: 30_000 });
}

/**
 * Waits until the run has ended: the Stop button (found by its name once) leaves or is renamed.
 * Polling `getByRole` instead would compute roles and names over the whole page once a second,
 * and with a 20,000-token answer on it each poll is itself a long task in the page measured.
 */
export async function waitForRunEnd(page, timeout = 180_000) {
  const stop = await stopButton(page).elementHandle({ timeout });
  await page.waitForFunction(
    (button) => !button.isConnected || !/^\s*Stop/.test(button.textContent ?? ""),
    stop,
    { polling: 250, timeout },
  );
  await stop.dispose();
}

/** Puts the caret at the end of message `n`'s text box. */
export async function focusMessage(page, n) {
  const box = messageBox(page, n);
  const edit = editButton(page, n);
  await box.or(edit).first().waitFor({ timeout: 120_000 });
  if (!(await box.isVisible())) await edit.click({ timeout: 120_000 });
  // Generous: a page busy with a large input may take long to answer, and that is measured.
  await box.scrollIntoViewIfNeeded({ timeout: 120_000 });
  await box.click({ timeout: 120_000 });
  await page.keyboard.press("End");
  await page.keyboard.press("Control+End");
}

/** Attaches an image file; an offer the page makes about it (a dialog) is declined with Escape. */
export async function attachImage(page, n, file) {
  await imageInput(page, n).setInputFiles(file);
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false)) await page.keyboard.press("Escape");
}

/** Fills the bare page's box with `text` (the playground gets long text through its draft). */
export async function fillBare(page, n, text) {
  await messageBox(page, n).fill(text);
}
