import { Browser, chromium } from 'playwright-core';

/**
 * Headless Debian Chromium for browser tests (playwright-core never downloads a browser here).
 * `npm test` installs Chromium when it is missing and passes its path in CHROMIUM_PATH.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
