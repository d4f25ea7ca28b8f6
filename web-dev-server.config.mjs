import { esbuildPlugin } from '@web/dev-server-esbuild';
import { serveMswWorker } from './config/serve-msw-worker.mjs';

/** `npm start`: the demo page, the mock udata running in the browser through msw. */
export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  middleware: [
    // The demo lives in demo/; the site root leads to it.
    (context, next) => {
      if (context.path === '/' || context.path === '/index.html') context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), serveMswWorker()],
};
