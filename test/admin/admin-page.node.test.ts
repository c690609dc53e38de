// The moderation page's HTML loads under the server's CSP (default-src 'self', no inline script or style): its
// script and stylesheet are files, by the absolute paths GET /admin/:file serves, and the modules they import too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const assets = new URL('../../server/assets/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, assets), 'utf8');

describe('server/assets/admin.html', () => {
  it('has no inline script or style, and names its files by absolute path', () => {
    const { document } = new JSDOM(read('admin.html')).window;
    assert.deepEqual(
      [...document.querySelectorAll('script')].map((script) => [script.type, script.getAttribute('src'), script.textContent?.trim()]),
      [['module', '/admin/admin.js', '']],
    );
    assert.equal(document.querySelectorAll('style, [style], [onclick], [onload]').length, 0);
    assert.deepEqual(
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')),
      ['/admin/admin.css'],
    );
    assert.equal(document.documentElement.lang, 'vi');
    assert.equal(document.getElementById('bantin-admin')?.getAttribute('data-api'), '/api');
  });

  it('imports only files GET /admin/:file serves (<name>.js next to it), and sets no inline style', () => {
    const files = readdirSync(assets);
    for (const name of files.filter((file) => file.endsWith('.js'))) {
      const source = read(name);
      for (const [, imported] of source.matchAll(/from '([^']+)'/g)) {
        assert.match(imported!, /^\.\/[A-Za-z0-9._-]+\.js$/, `${name} imports ${imported}`);
        assert.ok(files.includes(imported!.slice(2)), `${imported} exists`);
      }
      assert.doesNotMatch(source, /setAttribute\('style'|\.style\.|innerHTML|eval\(|new Function/, name);
    }
  });
});
