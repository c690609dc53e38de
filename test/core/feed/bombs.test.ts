// XML bombs and pathological input: each must end with a FeedError or a result, and fetch nothing.
// (Speed is not asserted here: bench/ measures it. Each case only has to return.)
import { expect } from '@open-wc/testing';
import { FeedError, parseFeed, type Feed } from '../../../src/core/feed/index.js';

const rss = (item: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title>${item}</item><item><title>after</title></item></channel></rss>`;

/** parseFeed's outcome: the feed, or the FeedError it threw (anything else fails the test). */
function outcome(text: string): Feed | FeedError {
  try {
    return parseFeed(text);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
}

describe('XML bombs and pathological input', function () {
  this.timeout(30000);
  const files: Record<string, string> = {};
  let resourcesBefore = 0;
  const requested: string[] = [];
  const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));

  before(async () => {
    const names: string[] = await (await fetch('/__corpus/xml-bombs/')).json();
    for (const name of names) files[name] = await (await fetch(`/__corpus/xml-bombs/${name}`)).text();
    resourcesBefore = performance.getEntriesByType('resource').length;
    observer.observe({ type: 'resource' });
  });

  after(async () => {
    // Give any request a parser might have started the time to show up, then check that none did.
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    expect(requested, 'requests made while parsing').to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
  });

  it('has the corpus files', () => {
    expect(Object.keys(files)).to.include.members(['billion_laughs.xml', 'quadratic_blowup.xml', 'xxe_http.xml', 'external_dtd.xml']);
  });

  it('billion laughs: the entity stays unexpanded', () => {
    const feed = outcome(files['billion_laughs.xml']) as Feed;
    expect(feed.items[0].title).to.equal('&lol9;');
  });

  it('quadratic blow-up: the references stay as written, never multiplied', () => {
    const text = files['quadratic_blowup.xml'];
    const feed = outcome(text) as Feed;
    expect(feed.items).to.have.length(1);
    expect(feed.items[0].title.length).to.be.lessThan(text.length);
    expect(feed.items[0].title).to.match(/^(&big;)+$/);
  });

  it('external DTD, XXE (file and http), parameter entity: read, nothing fetched, nothing substituted', () => {
    for (const name of ['external_dtd.xml', 'xxe_file.xml', 'xxe_http.xml', 'param_entity.xml']) {
      const feed = outcome(files[name]) as Feed;
      expect(feed.title, name).to.equal('t');
      expect(feed.items[0].title, name).to.be.oneOf(['x', '&xxe;']);
    }
  });

  it('undeclared HTML entities are read as a browser would', () => {
    expect((outcome(files['html_entity_undeclared.xml']) as Feed).items[0].title).to.equal('café ok');
  });

  it('every file of the corpus ends with a result or a FeedError', () => {
    for (const [name, text] of Object.entries(files)) {
      const result = outcome(text);
      expect(result, name).to.satisfy((r: unknown) => r instanceof FeedError || Array.isArray((r as Feed).items));
    }
  });

  it('2,000,000 &#65; in one description (~10 MB) is refused as too large', () => {
    const text = rss(`<description>${'&#65;'.repeat(2_000_000)}</description>`);
    expect(text.length).to.be.greaterThan(10_000_000);
    const result = outcome(text) as FeedError;
    expect(result).to.be.instanceOf(FeedError);
    expect(result.code).to.equal('too-large');
  });

  it('200,000 &#65; under the size cap are decoded', () => {
    const feed = outcome(rss(`<description>${'&#65;'.repeat(200_000)}</description>`)) as Feed;
    expect(feed.items[0].summary).to.equal('A'.repeat(200_000));
  });

  it('200,000 nested <a> inside a description: read without recursion', () => {
    const deep = `${'<a>'.repeat(200_000)}deep${'</a>'.repeat(200_000)}`;
    const feed = outcome(rss(`<description>${deep}</description>`)) as Feed;
    expect(feed.items.map((i) => i.title)).to.deep.equal(['x', 'after']);
    expect(feed.items[0].summary).to.equal('deep');
  });

  it('200,000 nested <a>, escaped, unclosed, or in CDATA', () => {
    const escaped = outcome(rss(`<description>${'&lt;a href="x"&gt;'.repeat(200_000)}deep</description>`)) as Feed;
    expect(escaped.items[0].summary).to.equal('deep');
    const unclosed = outcome(rss(`<description>${'<a>'.repeat(200_000)}deep</description>`)) as Feed;
    expect(unclosed.items[0].summary).to.equal('deep');
    const cdata = outcome(rss(`<description><![CDATA[${'<div><a>'.repeat(100_000)}deep]]></description>`)) as Feed;
    expect(cdata.items[0].summary).to.equal('deep');
  });

  it('200,000 nested unknown elements inside an item', () => {
    const feed = outcome(rss(`${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}<link>https://x.vn/1</link>`)) as Feed;
    expect(feed.items[0].link).to.equal('https://x.vn/1');
    expect(feed.items).to.have.length(2);
    const unclosed = outcome(rss(`${'<x>'.repeat(200_000)}`)) as Feed;
    expect(unclosed.items.map((i) => i.title)).to.deep.equal(['x', 'after']);
  });

  it('fields left unclosed by the hundred thousand: no search of the text is repeated', () => {
    const head = '<rss version="2.0"><channel><title>t</title><item>';
    for (const text of [
      head + '<title>x'.repeat(200_000), // never closed anywhere
      head + '<title>x'.repeat(200_000) + '</title>', // closed once, at the very end
      head + '<guid>x'.repeat(200_000) + '</guid></item></channel></rss>',
      head + '<title><![CDATA[x</title>'.repeat(100_000), // CDATA never closed
    ]) {
      const result = outcome(text);
      expect(result).to.satisfy((r: unknown) => r instanceof FeedError || Array.isArray((r as Feed).items));
    }
  });

  it('containers nested 200,000 deep', () => {
    for (const name of ['channel', 'media:group', 'item']) {
      const result = outcome(
        `<rss version="2.0"><channel><title>t</title><item><title>x</title>${`<${name}>`.repeat(200_000)}${`</${name}>`.repeat(200_000)}</item></channel></rss>`,
      );
      expect(result, name).to.satisfy((r: unknown) => r instanceof FeedError || Array.isArray((r as Feed).items));
    }
  });

  it('200,000 unclosed tags, comments, CDATA openers, declarations and quotes end quickly', () => {
    for (const junk of ['<a ', '<!--', '<![CDATA[', '<a title="', '<!DOCTYPE [', '<!x>', '&#', '<?', '</', '<script>', ']]>']) {
      const result = outcome(rss(`<description>${junk.repeat(200_000)}</description>`));
      expect(result, junk).to.satisfy((r: unknown) => r instanceof FeedError || Array.isArray((r as Feed).items));
    }
  });
});
