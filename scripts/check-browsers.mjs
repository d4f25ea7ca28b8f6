/**
 * Stops a test command at once, with the command to run, when a browser engine it drives is
 * missing (rather than a suite cancelled half-way with no word of why).
 * Usage: node scripts/check-browsers.mjs chromium firefox webkit
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../config/browsers.mjs';
import { WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH } from '../config/webkit.mjs';

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** What each engine needs: [is it there, the Debian package that brings it, what it is]. */
const NEEDS = {
  chromium: [[existsSync(CHROMIUM_PATH), 'chromium', `${CHROMIUM_PATH} (or set CHROMIUM_PATH)`]],
  firefox: [[existsSync(FIREFOX_PATH), 'firefox-esr', `${FIREFOX_PATH} (or set FIREFOX_PATH)`]],
  webkit: [
    [existsSync(WEBKIT_DRIVER_PATH), 'webkit2gtk-driver', WEBKIT_DRIVER_PATH],
    [existsSync(WEBKIT_BROWSER_PATH), 'webkit2gtk-driver', WEBKIT_BROWSER_PATH],
    [onPath('xvfb-run'), 'xvfb', 'xvfb-run (WebKit has no headless mode)'],
    [onPath('xauth'), 'xauth', 'xauth (for xvfb-run)'],
  ],
};

const engines = process.argv.slice(2);
const missing = engines.flatMap((engine) => {
  if (!NEEDS[engine]) throw new Error(`unknown engine ${engine} (chromium, firefox, webkit)`);
  return NEEDS[engine].filter(([present]) => !present);
});
if (missing.length) {
  const packages = [...new Set(missing.map(([, pkg]) => pkg))];
  console.error(`These tests drive ${engines.join(', ')}; missing: ${missing.map(([, , what]) => what).join(', ')}.`);
  console.error(`Install with:  apt-get update && apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}
