// The browser story test imports the stories modules listed in story-modules.ts: that list must be every one.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);

test('story-modules.ts lists every stories/*.stories.ts file, each imported once', () => {
  const onDisk = readdirSync(new URL('stories/', root))
    .filter((name) => name.endsWith('.stories.ts'))
    .map((name) => `stories/${name}`)
    .sort();
  const source = readFileSync(new URL('test/support/story-modules.ts', root), 'utf8');
  const listed = [...source.matchAll(/^\s*'(stories\/[^']+\.stories\.ts)': \w+,$/gm)].map((match) => match[1]).sort();
  const imported = [...source.matchAll(/from '\.\.\/\.\.\/(stories\/[^']+\.stories)\.js'/g)].map((match) => `${match[1]}.ts`).sort();
  assert.ok(onDisk.length > 0);
  assert.deepEqual(listed, onDisk);
  assert.deepEqual(imported, onDisk);
});
