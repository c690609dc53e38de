// The README's section for each widget lists exactly the attributes, events, CSS parts and custom properties
// the code documents (the Custom Elements Manifest, generated afresh from the JSDoc), and its examples use only
// real attributes. A renamed attribute or a new part fails here until the README says so. Its embed code keeps
// each widget's room with the style the builder gives (demo/reserved-height.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { customElements, type ElementDoc } from '../support/manifest.js';
import { choiceOf, widgetTags } from '../support/embed-code.js';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { reserveStyle } from '../../demo/builder.snippet.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

interface Section {
  level: number;
  title: string;
  body: string;
}

/** Sections of a Markdown text by heading; fenced code is not searched for headings. */
function sections(markdown: string): Section[] {
  const found: Section[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) found.push({ level: heading[1]!.length, title: heading[2]!.trim(), body: '' });
    else if (found.length > 0) found[found.length - 1]!.body += `${line}\n`;
  }
  return found;
}

const all = sections(readme);

/** The widget's section: its heading names the tag as `<tag>`; it runs to the next heading of its level or above. */
function widgetSection(tag: string): Section[] {
  const start = all.findIndex((section) => section.title === `\`<${tag}>\``);
  if (start === -1) return [];
  const end = all.findIndex((section, index) => index > start && section.level <= all[start]!.level);
  return all.slice(start, end === -1 ? undefined : end);
}

const KINDS = {
  attributes: 'Attributes',
  events: 'Events',
  cssParts: 'CSS parts',
  cssProperties: 'CSS custom properties',
} as const satisfies Record<keyof Omit<ElementDoc, 'tagName'>, string>;

/** The code spans in the first column of the table under the sub-heading `title`. */
function tableNames(parts: Section[], title: string): string[] | undefined {
  const table = parts.find((section) => section.title === title);
  if (!table) return undefined;
  const rows = table.body.split('\n').filter((line) => /^\|/.test(line) && !/^\|\s*-/.test(line));
  const firstCells = rows.slice(1).map((row) => row.split('|')[1] ?? '');
  return firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

/** Attribute names of every `<tag …>` start tag in the section's html code blocks. */
function exampleAttributes(parts: Section[], tag: string): string[] {
  const text = parts.map((section) => section.body).join('\n');
  const blocks = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const starts = blocks.flatMap((block) => [...block.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))].map((match) => match[1] ?? ''));
  // Each match is one attribute: its name, then its value (quoted or not), which may hold anything.
  const attribute = /([^\s=>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;
  return starts.flatMap((attributes) => [...attributes.matchAll(attribute)].map((match) => match[1]!));
}

function sorted(names: Iterable<string>): string[] {
  return [...new Set(names)].sort();
}

let elements: ElementDoc[] = [];
before(async () => {
  elements = await customElements();
});

test('the manifest has the five widgets of the contract', () => {
  assert.deepEqual(sorted(elements.map((element) => element.tagName)), [
    'bantin-article-card',
    'bantin-comment-box',
    'bantin-comment-count',
    'bantin-latest-news',
    'bantin-weather-bulletin',
  ]);
});

test('every widget section of the README is a real element', () => {
  const documented = all.flatMap((section) => /^`<(bantin-[a-z-]+)>`$/.exec(section.title)?.[1] ?? []);
  assert.ok(documented.length > 0, 'no widget sections (headings like ### `<bantin-latest-news>`)');
  assert.deepEqual(sorted(documented), sorted(elements.map((element) => element.tagName)));
});

describe('README sections match custom-elements.json', () => {
  // The tags are known before the manifest is generated: the contract's five (checked above).
  for (const tag of ['bantin-latest-news', 'bantin-article-card', 'bantin-weather-bulletin', 'bantin-comment-box', 'bantin-comment-count']) {
    describe(`<${tag}>`, () => {
      const parts = widgetSection(tag);
      const element = () => elements.find((candidate) => candidate.tagName === tag)!;

      test('has a section with a copy-paste example using only real attributes', () => {
        assert.ok(parts.length > 0, `README has no "### \`<${tag}>\`" section`);
        const used = exampleAttributes(parts, tag);
        assert.ok(used.length > 0, `the section has no html example of <${tag}> with attributes`);
        const known = new Set(element().attributes.map((attribute) => attribute.name));
        assert.deepEqual(
          used.filter((name) => !known.has(name)),
          [],
          'attributes in the examples that the element does not have',
        );
      });

      for (const [kind, title] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
        test(`${title}: every one documented, none invented`, () => {
          const documented = tableNames(parts, title);
          assert.ok(documented, `the <${tag}> section has no "#### ${title}" table`);
          const inCode = sorted(element()[kind].map((item) => item.name));
          const inReadme = sorted(documented);
          assert.deepEqual(
            { missingFromReadme: inCode.filter((name) => !inReadme.includes(name)), notInCode: inReadme.filter((name) => !inCode.includes(name)) },
            { missingFromReadme: [], notInCode: [] },
          );
        });
      }
    });
  }
});

/** The widgets' start tags in the html code blocks of `markdown`. */
function embeddedWidgets(markdown: string) {
  return [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].flatMap((match) => widgetTags(match[1]!));
}

test('the embed code keeps each widget’s room before the script runs: the style the builder gives', () => {
  const embedding = all.find((section) => section.title === 'Embedding on a page');
  assert.ok(embedding, 'README has no "## Embedding on a page" section');
  const embedded = embeddedWidgets(embedding.body);
  assert.ok(embedded.length >= 3, 'the embedding example shows the widgets');
  for (const widget of [...embeddedWidgets(readme.slice(0, readme.indexOf('## Widgets'))), ...embedded]) {
    assert.ok(widget.attributes.style, `<${widget.tag}> in the embed code has no style keeping its room`);
    assert.equal(widget.attributes.style, reserveStyle(choiceOf(widget)), `<${widget.tag}>`);
  }
});
