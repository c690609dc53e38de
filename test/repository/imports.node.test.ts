// What may import what (docs/architecture.md): core stays framework-free, widgets stay apart, and the server
// reaches the widget library only through the `bantin/core` and `bantin/ssr` package entries.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every module specifier a TypeScript file imports or re-exports, static or dynamic. */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]/gm)) {
    found.push((m[1] ?? m[2])!);
  }
  return found;
}

function modules(folder: string): { file: string; imports: string[] }[] {
  return (readdirSync(join(ROOT, folder), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${folder}/${f}`, imports: specifiersOf(readFileSync(join(ROOT, folder, f), 'utf8')) }));
}

/** Repository-relative target of a relative specifier, else the bare specifier itself. */
const target = (file: string, spec: string) => (spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec);

function violations(folder: string, forbidden: (to: string, file: string) => boolean): string[] {
  return modules(folder).flatMap(({ file, imports }) =>
    imports.filter((spec) => forbidden(target(file, spec), file)).map((spec) => `${file} → ${spec}`),
  );
}

describe('import rules', () => {
  it('src/core imports no lit, no widget code and no Node built-in', () => {
    assert.deepEqual(
      violations('src/core', (to) => /^lit\b|^@lit\/|^src\/(?:internal|components)\/|^node:/.test(to)),
      [],
    );
  });

  it('only src/core/sanitize.ts imports DOMPurify', () => {
    assert.deepEqual(
      violations('src', (to, file) => to === 'dompurify' && file !== 'src/core/sanitize.ts'),
      [],
    );
  });

  it('src/i18n imports no lit and no widget code', () => {
    assert.deepEqual(
      violations('src/i18n', (to) => /^lit\b|^@lit\/|^src\/(?:internal|components)\//.test(to)),
      [],
    );
  });

  it('src/internal imports no widget', () => {
    assert.deepEqual(
      violations('src/internal', (to) => to.startsWith('src/components/')),
      [],
    );
  });

  it('a widget imports no other widget', () => {
    assert.deepEqual(
      violations('src/components', (to, file) => to.startsWith('src/components/') && to.split('/')[2] !== file.split('/')[2]),
      [],
    );
  });

  it('only src/ssr imports Lit SSR and jsdom (the browser bundles never carry them)', () => {
    assert.deepEqual(
      violations('src', (to, file) => /^@lit-labs\/ssr(?:\/|$)|^jsdom$/.test(to) && !file.startsWith('src/ssr/')),
      [],
    );
  });

  it('nothing but src/ssr and the server imports bantin/ssr', () => {
    assert.deepEqual(
      violations('src', (to) => to === 'src/ssr/index.ts' || to === 'bantin/ssr'),
      [],
    );
  });

  it('server/src reaches bantin only through bantin/core and bantin/ssr, never by path, and never imports lit', () => {
    assert.deepEqual(
      violations(
        'server/src',
        (to) =>
          (to.startsWith('bantin') && to !== 'bantin/core' && to !== 'bantin/ssr') ||
          /^lit\b/.test(to) ||
          (!to.startsWith('server/src/') && /^(?:src|server|test|demo)\//.test(to)) ||
          to.startsWith('..'),
      ),
      [],
    );
  });

  it('reads the import forms the code uses', () => {
    assert.deepEqual(
      specifiersOf(
        `import { a } from 'lit';\nimport type { B } from '../x.js';\nexport * from './y.js';\nconst z = await import('./z.js');\nimport './side.js';`,
      ),
      ['lit', '../x.js', './y.js', './z.js', './side.js'],
    );
  });
});
