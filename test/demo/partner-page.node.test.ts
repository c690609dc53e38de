// The demo's partner page (demo/partner.html) embeds its widgets as the builder gives them: each keeps its room
// with the builder's style for the default width, so nothing on the page moves when bantin.js defines them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { reserveStyle } from '../../demo/builder.snippet.js';
import { choiceOf, widgetTags } from '../support/embed-code.js';

test('demo/partner.html: every widget keeps its room with the builder’s style', () => {
  const widgets = widgetTags(readFileSync(new URL('../../demo/partner.html', import.meta.url), 'utf8'));
  assert.ok(widgets.length > 0);
  for (const widget of widgets) assert.equal(widget.attributes.style, reserveStyle(choiceOf(widget)), `<${widget.tag}>`);
});
