import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { startWebKitDriver, WEBKIT_CAPABILITIES } from './config/webkit.mjs';

/** The same browser tests in WebKit (Debian's WebKitGTK), through its WebDriver server; run under `xvfb-run -a`. */
const driver = await startWebKitDriver();

export default {
  ...base,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      // webdriverio 9 asks for WebDriver BiDi by default, which WebKitGTK's driver refuses.
      capabilities: { ...WEBKIT_CAPABILITIES, 'wdio:enforceWebDriverClassic': true },
    }),
  ],
};
