import { expect } from '@open-wc/testing';
import { decodeFeedBytes, sniffCharset } from '../../../src/core/load/decode.js';

/** The bytes and Content-Type a fixture endpoint really serves. */
async function served(body: string): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  const response = await fetch(`/__load/feed/x?body=${body}`);
  expect(response.status).to.equal(200);
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
}

async function decodedFixture(body: string): Promise<string> {
  const { bytes, contentType } = await served(body);
  return decodeFeedBytes(bytes, contentType).normalize('NFC');
}

const bytesOf = (...values: number[]) => new Uint8Array(values);
const asciiBytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('decodeFeedBytes over HTTP fixtures', () => {
  it('reads windows-1258 Vietnamese named by the HTTP charset, as NFC', async () => {
    const { bytes, contentType } = await served('vi-1258-http');
    const text = decodeFeedBytes(bytes, contentType);
    expect(text).to.equal(text.normalize('NFC'));
    expect(text).to.contain('<title>Việt Nam</title>');
    expect(text).to.contain('<title>Thời tiết: mưa lớn</title>');
  });

  it('reads windows-1258 Vietnamese named only by the XML declaration', async () => {
    const { bytes, contentType } = await served('vi-1258-declaration');
    expect(contentType).to.equal('application/xml');
    expect(sniffCharset(bytes, contentType)).to.equal('windows-1258');
    expect(decodeFeedBytes(bytes, contentType)).to.contain('<title>Thời tiết: mưa lớn</title>');
  });

  it('lets a UTF-8 BOM win over a wrong HTTP charset, and drops the BOM', async () => {
    const { bytes, contentType } = await served('bom-utf8');
    expect(contentType).to.contain('iso-8859-1');
    const text = decodeFeedBytes(bytes, contentType);
    expect(text.startsWith('<?xml')).to.equal(true);
    expect(text).to.contain('<title>Việt Nam</title>');
  });

  it('reads ISO-8859-1 named by the HTTP charset', async () => {
    const text = await decodedFixture('latin1');
    expect(text).to.contain('<title>Notícias</title>');
    expect(text).to.contain('<title>Última</title>');
  });

  it('reads GB2312 named by the XML declaration', async () => {
    const text = await decodedFixture('gb2312');
    expect(text).to.contain('<title>新闻</title>');
    expect(text).to.contain('<title>中文资讯</title>');
  });

  it('reads the corpus latin-1 feed by its XML declaration', async () => {
    const text = await decodedFixture('corpus-encoding');
    expect(text).to.contain('Jornal de Notícias - Últimas Notícias');
  });

  it('falls back to UTF-8 for a charset label it does not know', async () => {
    const { bytes, contentType } = await served('unknown-label');
    expect(sniffCharset(bytes, contentType)).to.equal('utf-8');
    expect(decodeFeedBytes(bytes, contentType)).to.contain('<title>Thời tiết: mưa lớn</title>');
  });
});

describe('sniffCharset', () => {
  const declared = (encoding: string) => asciiBytes(`<?xml version="1.0" encoding="${encoding}"?><rss/>`);

  it('takes the HTTP charset, quoted or not, over the XML declaration', () => {
    expect(sniffCharset(declared('utf-8'), 'text/xml; charset=windows-1258')).to.equal('windows-1258');
    expect(sniffCharset(declared('utf-8'), 'text/xml;charset="GB2312"')).to.equal('gbk');
    expect(sniffCharset(declared('windows-1258'), 'text/xml')).to.equal('windows-1258');
  });

  it('ignores an unknown HTTP charset and uses the declaration instead', () => {
    expect(sniffCharset(declared('iso-8859-1'), 'text/xml; charset=bogus')).to.equal('windows-1252');
  });

  it('recognises UTF-16 byte order marks', () => {
    expect(sniffCharset(bytesOf(0xff, 0xfe, 0x3c, 0x00), 'text/xml; charset=utf-8')).to.equal('utf-16le');
    expect(sniffCharset(bytesOf(0xfe, 0xff, 0x00, 0x3c), null)).to.equal('utf-16be');
    expect(decodeFeedBytes(bytesOf(0xfe, 0xff, 0x00, 0x3c, 0x1e, 0xc7), null)).to.equal('<ệ');
  });

  it('does not believe a UTF-16 declaration in bytes it could read as ASCII', () => {
    expect(sniffCharset(declared('UTF-16'), null)).to.equal('utf-8');
  });

  it('defaults to UTF-8 without any hint, and ignores an encoding attribute outside the declaration', () => {
    expect(sniffCharset(asciiBytes('{"version":"https://jsonfeed.org/version/1.1"}'), 'application/json')).to.equal('utf-8');
    expect(sniffCharset(asciiBytes('<rss><x encoding="windows-1258"/></rss>'), null)).to.equal('utf-8');
  });

  it('replaces invalid bytes instead of throwing', () => {
    expect(decodeFeedBytes(bytesOf(0x3c, 0xff, 0x3e), 'text/xml; charset=utf-8')).to.equal('<\uFFFD>');
  });
});
