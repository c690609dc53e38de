import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, requireChromium } from './build/chromium.mjs';

const executablePath = requireChromium();
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

// Every test/support/*-middleware.mjs exports one koa middleware (fixture endpoints for the browser tests).
const supportDir = new URL('./test/support/', import.meta.url);
const middleware = await Promise.all(
  readdirSync(supportDir)
    .filter((name) => name.endsWith('-middleware.mjs'))
    .sort()
    .map(async (name) => Object.values(await import(new URL(name, supportDir).href)).find((x) => typeof x === 'function')),
);

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  middleware,
  plugins: [esbuildPlugin({ ts: true, tsconfig })],
};
