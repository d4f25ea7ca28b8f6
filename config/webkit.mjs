import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * WebKit, Safari's engine, through Debian's WebKitGTK (package webkit2gtk-driver): its
 * WebDriver server drives MiniBrowser, which has no headless mode (run under `xvfb-run -a`).
 * Nothing here downloads a browser.
 */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver capabilities of MiniBrowser (`--automation` lets the driver steer it). */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER_PATH, args: ['--automation'] },
};

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver on a free local port and waits until it answers; the process ends
 * with ours.
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
export async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => driver.exitCode === null && driver.kill();
  process.once('exit', stop);
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return { port, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  stop();
  throw new Error(`${WEBKIT_DRIVER_PATH} did not answer on port ${port}`);
}
