// Every relative link in the README and in docs/ points at a file of the repository, and every #anchor into a
// Markdown file names one of its headings (GitHub's heading ids).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = [
  'README.md',
  'test/fixtures/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's id for a heading: lower case, punctuation dropped (letters of any script kept), spaces → '-'. */
export function headingId(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const id = headingId(match[1]!);
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    ids.add(count ? `${id}-${count}` : id);
  }
  return ids;
}

function linksOf(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href));
}

describe('links in the README and docs/', () => {
  it('reads the pages', () => assert.ok(PAGES.length >= 7, PAGES.join()));

  for (const page of PAGES) {
    it(`${page}: every relative link resolves inside the repository`, () => {
      const broken: string[] = [];
      for (const href of linksOf(readFileSync(join(ROOT, page), 'utf8'))) {
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const target = path ? join(ROOT, dirname(page), decodeURIComponent(path)) : join(ROOT, page);
        if (relative(ROOT, target).startsWith('..') || !existsSync(target)) {
          broken.push(`${href} (no such file in the repository)`);
        } else if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) {
          broken.push(`${href} (no such heading)`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }

  it('computes heading ids as GitHub does', () => {
    assert.equal(headingId('`parseFeed(text, options)`'), 'parsefeedtext-options');
    assert.equal(headingId('SSRF policy and upstream limits'), 'ssrf-policy-and-upstream-limits');
    assert.equal(headingId('Bình luận — "Tin mới"'), 'bình-luận--tin-mới');
  });
});
