/**
 * Draws the app's favicon.ico and link-preview card from app/icon.svg and the bundled Geist
 * fonts, in the system Chromium: no network, same pixels every time. Run after changing either:
 *   node scripts/make-icons.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const icon = readFileSync("app/icon.svg", "utf8");
const font = (file) =>
  `data:font/woff2;base64,${readFileSync(`node_modules/geist/dist/fonts/${file}`).toString("base64")}`;

/** An .ico holding PNG images (supported by every browser since Windows Vista's format). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

const CARD = `<!doctype html><html><head><style>
@font-face { font-family: Geist; src: url(${font("geist-sans/Geist-Variable.woff2")}); font-weight: 100 900; }
@font-face { font-family: Geist Mono; src: url(${font("geist-mono/GeistMono-Variable.woff2")}); font-weight: 100 900; }
* { margin: 0; box-sizing: border-box; }
body { width: 1200px; height: 630px; background: #09090b; color: #fafafa; font-family: Geist;
  padding: 72px 80px; display: flex; flex-direction: column; gap: 36px; }
header { display: flex; align-items: center; gap: 20px; font-size: 30px; font-weight: 600; color: #d4d4d8; }
header svg { width: 56px; height: 56px; }
h1 { font-size: 76px; font-weight: 650; letter-spacing: -0.03em; line-height: 1.05; }
p { font-size: 30px; color: #a1a1aa; line-height: 1.35; max-width: 900px; }
pre { font-family: Geist Mono; font-size: 22px; line-height: 1.6; color: #d4d4d8; background: #18181b;
  border: 1px solid #27272a; border-radius: 14px; padding: 22px 28px; margin-top: auto; }
.k { color: #818cf8; } .s { color: #6ee7b7; } .m { color: #71717a; }
</style></head><body>
<header>${icon}ZenMux</header>
<div><h1>ZenMux Playground</h1></div>
<p>Pick a model, write a conversation, watch the answer stream, and copy the request as cURL, Python or TypeScript.</p>
<pre><span class="k">POST</span> /v1/messages  <span class="m">·</span>  <span class="s">anthropic/claude-sonnet-4.5</span>  <span class="m">·</span>  stream <span class="m">·</span> 200 OK</pre>
</body></html>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  const pngs = [];
  for (const size of [16, 32, 48]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${icon}`,
    );
    pngs.push({ size, png: await page.screenshot({ omitBackground: true }) });
  }
  writeFileSync("app/favicon.ico", ico(pngs));
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.setContent(CARD);
  await page.evaluate(() => document.fonts.ready);
  writeFileSync("app/opengraph-image.png", await page.screenshot());
} finally {
  await browser.close();
}
console.log("wrote app/favicon.ico and app/opengraph-image.png");
