import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config/browsers.mjs';
import { serveMswWorker } from './config/serve-msw-worker.mjs';

/** Browser tests: real elements in Debian's headless Chromium, the udata mock through msw. */
export default {
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/contract/**'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), serveMswWorker()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } })],
  // One page at a time: with two, Chromium now and then reported a test page as reloaded at
  // start (the mock's service worker registering from the other page), failing a run whose
  // tests all passed.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
