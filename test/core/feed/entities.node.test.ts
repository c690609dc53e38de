// Named references in Node (parseFeed in the widget server and `bantin/core`), without a DOM: every one of the 253
// HTML 4 names is decoded through parseFeed, and the rare ones are checked against their code points.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, parseFeed } from '../../../src/core/feed/index.js';
import { decodeFeedBytes } from '../../../src/core/load/decode.js';

describe('named character references in Node', () => {
  it('decodes Greek, mathematical, arrow and card-suit names, in titles and in attributes', () => {
    const feed = parseFeed(
      `<rss><channel><title>&alpha;&Omega;&sigmaf; &hearts;&rarr;&forall;&notin;&lang;&rfloor; &thetasym;&upsih;&piv; &lrm;&Dagger;</title>
       <item><title>a</title><enclosure url="https://x.vn/a?&alpha;=1&amp;b" type="audio/mpeg"/></item></channel></rss>`,
    );
    assert.equal(feed.title, 'αΩς ♥→∀∉\u3008⌋ ϑϒϖ \u200e‡'); // U+2329 is NFC U+3008
    assert.equal(feed.items[0]!.enclosures[0]!.url, 'https://x.vn/a?α=1&b');
    assert.equal(decodeEntities('&Alpha;&Sigma;&sigma;&omega;&there4;&diams;&crarr;'), 'ΑΣσω∴♦↵');
  });

  it('keeps unknown names, and the non-Latin-1 names without ";", as written', () => {
    assert.equal(decodeEntities('&alphax; &alpha &doesnotexist; AT&T &copy 2025'), '&alphax; &alpha &doesnotexist; AT&T © 2025');
  });

  it('decodes windows-1258 to NFC (TextDecoder of Node with full ICU)', () => {
    // "Thời tiết: mưa lớn": tone marks as combining characters after their letters (0xCC, 0xEC).
    const bytes = Uint8Array.from(
      Buffer.from(
        '3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d2277696e646f77732d31323538223f3e3c7273733e3c6368616e6e656c3e3c7469746c653e5468f5cc69207469eaec743a206dfd61206cf5ec6e3c2f7469746c653e3c2f6368616e6e656c3e3c2f7273733e',
        'hex',
      ),
    );
    const text = decodeFeedBytes(bytes);
    assert.ok(text.includes('<title>Thời tiết: mưa lớn</title>'));
    assert.equal(text, text.normalize('NFC'));
    assert.equal(parseFeed(text).title, 'Thời tiết: mưa lớn');
  });
});
