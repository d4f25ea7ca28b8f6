import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import base from './web-test-runner.config.mjs';
import { FIREFOX_PATH } from './config/browsers.mjs';

/** The same browser tests in Debian's Firefox ESR. */
export default {
  ...base,
  concurrency: 1,
  browsers: [puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true } })],
};
