// Without Chromium, `npm test` (and `npx wtr` alone) stops at once with one line that says how to get it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../build/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });

describe('a machine without Chromium', () => {
  for (const [label, args] of [
    ['the check npm test starts with', ['build/chromium.mjs']],
    ['the browser test runner on its own', ['node_modules/@web/test-runner/dist/bin.js']],
  ] as const) {
    it(`${label}: exits 1 with one line naming apt-get and CHROME_PATH`, () => {
      const result = run([...args], { CHROME_PATH: '/nonexistent/chromium' });
      assert.equal(result.status, 1, result.stdout + result.stderr);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, /CHROME_PATH=\/nonexistent\/chromium is not an executable/);
      assert.match(lines[0]!, /apt-get install -y chromium/);
      assert.equal(result.stdout.trim(), '');
    });
  }

  it('finds the Chromium this machine has', () => {
    assert.equal(findChromium({ CHROME_PATH: '/nonexistent/chromium' }), undefined);
    assert.ok(findChromium({}) ?? findChromium(process.env), 'the tests themselves need Chromium');
  });
});
