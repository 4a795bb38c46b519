// Screenshots a page of the running site, as a reader sees it: `npm run -s shot -- <url> <out.png>
// [width=1280] [light|dark] [css selector to scroll to] [full]`. A tool for looking, not a test.
import { chromium } from "playwright";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

const [url, out, width = "1280", scheme = "light", selector, full] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();
