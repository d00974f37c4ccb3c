// Headless Chromium (Debian's package) driven by playwright-core, recording every request so a
// test can fail on anything that leaves the site's origin.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Session {
  browser: Browser;
  /** Every URL requested from another origin, by any page of this session. */
  offOrigin: string[];
  /** Opens a new context (own storage and permissions) and a page in it. */
  open(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startBrowser(siteUrl: string): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const origin = new URL(siteUrl).origin;
  const offOrigin: string[] = [];
  return {
    browser,
    offOrigin,
    async open(options) {
      const context = await browser.newContext({ baseURL: siteUrl, ...options });
      context.on('request', (request) => {
        const url = request.url();
        if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) offOrigin.push(url);
      });
      const page = await context.newPage();
      return { context, page };
    },
    close: () => browser.close(),
  };
}
