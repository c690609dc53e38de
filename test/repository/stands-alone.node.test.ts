// The repository stands alone: a fresh clone has no `shared` folder (or anything else) beside it, so no tracked
// file may name that folder or reach a path above the repository root. `.ci/run` is the one exception: CI
// machines do have the folder, and the script may say so.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXEMPT = new Set(['.ci/run', 'package-lock.json']);
// Third-party data, read by tests but never interpreted as paths.
const DATA = 'test/fixtures/corpus/';
const TEXT = /\.(?:[cm]?[jt]s|json|md|mdx|html|css|yml|yaml|sh)$|(?:^|\/)[^./]+$/;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
}

/** Every `../…` path written in a file (string literals, Markdown links), as written. */
export function relativePathsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<=['"`(\s=])((?:\.\.\/)+[^'"`)\s]*)/g)) found.add(match[1]!);
  return [...found];
}

const isAbove = (from: string, path: string) => {
  const target = relative(ROOT, resolve(ROOT, dirname(from), path.split(/[?#]/)[0]!));
  return target === '..' || target.startsWith(`..${sep}`);
};

describe('the repository stands alone', () => {
  const files = trackedFiles().filter((file) => !EXEMPT.has(file) && !file.startsWith(DATA) && TEXT.test(file));

  it('finds the tracked files to check', () => {
    assert.ok(files.includes('package.json') && files.includes('server/src/config.ts'), 'git ls-files gave an unexpected list');
  });

  it('no tracked file names the shared folder beside the clone', () => {
    const offenders = files.filter((file) => /\.\.\/shared\b|\bshared\/(?:corpus|DESIGN\.md)/.test(readFileSync(resolve(ROOT, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('no tracked file reaches a path above the repository root', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const path of relativePathsIn(readFileSync(resolve(ROOT, file), 'utf8'))) {
        if (isAbove(file, path)) offenders.push(`${file}: ${path}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the check itself catches both kinds of escape', () => {
    const escape = `${'../'.repeat(3)}${'sha'}red/corpus/`; // built, so that this file does not name it
    assert.deepEqual(relativePathsIn(`new URL('${escape}x.json', import.meta.url); [a](../b.md)`), [`${escape}x.json`, '../b.md']);
    assert.equal(isAbove('test/support/x.mjs', escape), true);
    assert.equal(isAbove('server/test/x.ts', '../../test/fixtures/corpus/'), false);
    assert.equal(isAbove('README.md', '../somewhere/DESIGN.md'), true);
  });
});
