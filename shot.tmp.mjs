import { chromium } from 'playwright-core';
const [,, url, out, width = '1280', media] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (media) await page.emulateMedia({ media: media === 'dark' ? 'screen' : media, colorScheme: media === 'dark' ? 'dark' : 'light' });
await page.goto(url);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
