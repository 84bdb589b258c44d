import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { findBrowser } from '../../scripts/findBrowser.mjs';

/**
 * An installed Chrome-family browser (CHROME_PATH, or the usual places; `npm test` installs
 * Debian's Chromium first where it may); never a browser Playwright downloads.
 */
export const CHROMIUM_PATH =
  findBrowser({ platform: process.platform, env: process.env, home: homedir(), exists: existsSync })
    .path ?? '/usr/bin/chromium';

// Playwright adds --headless and a fresh temporary profile on every launch.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
