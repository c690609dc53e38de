import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBulletin } from '../../../src/core/weather/index.js';
import { BULLETINS, LATER_BULLETINS } from './bulletins.js';

// The same set as the browser test, in Node: parseBulletin needs no DOM.
describe('parseBulletin in Node', () => {
  for (const bulletin of [...BULLETINS, ...LATER_BULLETINS]) {
    it(bulletin.name, () => {
      assert.deepEqual(parseBulletin(bulletin.text), bulletin.expected);
    });
  }
});
