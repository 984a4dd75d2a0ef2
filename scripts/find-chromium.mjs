import { existsSync } from "node:fs";

/** Candidate browsers in order: the environment's choice, then Debian's and other usual paths. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

/** The path of a system Chromium for Playwright, or an error saying how to get one. */
export function findChromium() {
  const found = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install Debian's (`sudo apt-get install chromium`) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable. Looked in: " +
      CANDIDATES.filter(Boolean).join(", "),
  );
}
