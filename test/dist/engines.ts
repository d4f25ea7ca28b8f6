/**
 * The three browser engines the built bundle is tried in, behind one small interface: Chromium
 * and Firefox through puppeteer, WebKit (Debian's WebKitGTK) through its WebDriver server.
 * Pages record their own errors (`ERROR_RECORDER`), as WebDriver gives no console log, so every
 * engine reports them the same way. Tests read what a user sees; no test asks which engine runs.
 *
 * `TEST_ENGINES` (comma-separated: chromium, firefox, webkit) picks the engines; `npm run
 * test:dist` runs Chromium and Firefox, `npm run test:webkit` WebKit (under `xvfb-run`).
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { remote } from 'webdriverio';
// @ts-expect-error plain ESM config shared with the test runner
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from '../../config/browsers.mjs';
// @ts-expect-error plain ESM config shared with the test runner
import { startWebKitDriver, WEBKIT_CAPABILITIES } from '../../config/webkit.mjs';

/** One page of a browser, driven as a user would. */
export interface Tab {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (it is serialized: it sees only its arguments) and returns its result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Waits until `fn` returns something truthy in the page (the current one, after a navigation too). */
  waitFor<A extends unknown[]>(fn: (...args: A) => unknown, timeout: number, ...args: A): Promise<void>;
  /** A trusted click (real mouse events) on `inner`, in the shadow root of the first `host`. */
  click(host: string, inner: string): Promise<void>;
  /** Types `text` with real key events into `inner`, in the shadow root of the first `host`. */
  type(host: string, inner: string, text: string): Promise<void>;
  /** What the page recorded: uncaught errors, rejected promises, `console.error`, CSP violations. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: string;
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * First thing in a test page's `<head>`: records what goes wrong in `window.__errors`, the same
 * in every engine.
 */
export const ERROR_RECORDER = `<script>(() => {
  const errors = (window.__errors = []);
  const say = (value) => (value instanceof Error ? value.name + ': ' + value.message : String(value));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { errors.push(args.map(say).join(' ')); consoleError(...args); };
  addEventListener('error', (e) => errors.push(say(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(say(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP violation: ' + e.violatedDirective));
})();</script>`;

const readErrors = () => (window as unknown as { __errors?: string[] }).__errors ?? ['the page has no error recorder'];

function puppeteerEngine(name: string, browser: Browser): Engine {
  const shadowHandle = async (page: Page, host: string, inner: string) => {
    const handle = await page.waitForFunction(
      (h: string, i: string) => document.querySelector(h)?.shadowRoot?.querySelector(i),
      { timeout: 15_000 },
      host,
      inner,
    );
    return handle.asElement() as ElementHandle<Element>;
  };
  return {
    name,
    async newTab() {
      const page = await browser.newPage();
      return {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, ...args) => page.evaluate(fn as never, ...args) as never,
        waitFor: async (fn, timeout, ...args) => void (await page.waitForFunction(fn as never, { timeout }, ...args)),
        click: async (host, inner) => (await shadowHandle(page, host, inner)).click(),
        type: async (host, inner, text) => (await shadowHandle(page, host, inner)).type(text),
        errors: () => page.evaluate(readErrors),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function webkitEngine(): Promise<Engine> {
  const driver = await startWebKitDriver();
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    path: '/',
    logLevel: 'error',
    // webdriverio 9 asks for WebDriver BiDi by default, which WebKitGTK's driver refuses.
    capabilities: { ...WEBKIT_CAPABILITIES, 'wdio:enforceWebDriverClassic': true },
  });
  const shadowElement = async (host: string, inner: string) => {
    const element = browser.$(host).shadow$(inner);
    await element.waitForExist({ timeout: 15_000 });
    return element;
  };
  return {
    name: 'WebKit',
    // One window, as a WebDriver session has: a "tab" is the next page it shows.
    async newTab() {
      return {
        goto: (url) => browser.url(url) as unknown as Promise<void>,
        evaluate: (fn, ...args) => browser.execute(fn as never, ...args) as never,
        waitFor: async (fn, timeout, ...args) =>
          void (await browser.waitUntil(
            async () => {
              try {
                // Coerced in the page: WebDriver cannot send back some values (a class, a node list).
                return await browser.execute(`return Boolean((${fn.toString()}).apply(null, arguments));`, ...args);
              } catch {
                return false; // the page is navigating
              }
            },
            { timeout, interval: 100 },
          )),
        click: async (host, inner) => (await shadowElement(host, inner)).click(),
        type: async (host, inner, text) => {
          const element = await shadowElement(host, inner);
          await element.click();
          // One key at a time: WebKit drops a repeated key that is still held.
          for (const key of text) await browser.keys(key);
        },
        errors: () => browser.execute(readErrors),
        close: async () => void (await browser.url('about:blank')),
      };
    },
    async close() {
      await browser.deleteSession().catch(() => undefined);
      driver.stop();
    },
  };
}

const LAUNCHERS: Record<string, () => Promise<Engine>> = {
  chromium: async () =>
    puppeteerEngine('Chromium', await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })),
  firefox: async () =>
    puppeteerEngine('Firefox', await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true })),
  webkit: webkitEngine,
};

/** The engines this run tries, as `[name, launch]` (default: Chromium and Firefox). */
export function enginesUnderTest(): Array<[string, () => Promise<Engine>]> {
  const names = (process.env.TEST_ENGINES ?? 'chromium,firefox').split(',').map((n) => n.trim().toLowerCase());
  return names.map((n) => {
    const launch = LAUNCHERS[n];
    if (!launch) throw new Error(`TEST_ENGINES: unknown engine "${n}" (chromium, firefox, webkit)`);
    return [n === 'webkit' ? 'WebKit' : n === 'firefox' ? 'Firefox' : 'Chromium', launch];
  });
}
