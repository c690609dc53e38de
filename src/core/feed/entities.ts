// Character references, read the way a browser reads them in HTML text: numeric references always,
// a compact table of named ones (Latin-1, typographic, Vietnamese letters), anything else left as written.

// Accented letters are generated: letter + accent name, when the pair composes to one character (é, ă, ũ…).
const ACCENTS = 'grave\u0300acute\u0301circ\u0302tilde\u0303uml\u0308ring\u030acedil\u0327breve\u0306';
// Latin-1 signs from U+00A0 in code point order, then "name code" pairs.
const SIGNS =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest';
const OTHERS =
  'AElig 198 ETH 208 times 215 Oslash 216 THORN 222 szlig 223 aelig 230 eth 240 divide 247 oslash 248 thorn 254 amp 38 AMP 38 lt 60 LT 60 gt 62 GT 62 quot 34 QUOT 34 apos 39 Dstrok 272 dstrok 273 OElig 338 oelig 339 Scaron 352 scaron 353 fnof 402 circ 710 tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 euro 8364 trade 8482 larr 8592 uarr 8593 rarr 8594 darr 8595 minus 8722';
// What browsers substitute for &#128; … &#159; (windows-1252).
const C1 = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

let named: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (named) return named;
  named = new Map();
  SIGNS.split(' ').forEach((name, i) => named!.set(name, String.fromCharCode(160 + i)));
  const pairs = OTHERS.split(' ');
  for (let i = 0; i < pairs.length; i += 2) named.set(pairs[i], String.fromCharCode(+pairs[i + 1]));
  for (const letter of 'aceinouyACEINOUY')
    ACCENTS.replace(/([a-z]+)([^a-z])/g, (_, accent: string, mark: string) => {
      const char = (letter + mark).normalize('NFC');
      if (char.length === 1) named!.set(letter + accent, char);
      return '';
    });
  return named;
}

const REFERENCE = /&(?:#(\d{1,8})|#x([\da-f]{1,7})|([a-z][a-z\d]{1,31}))(;?)/gi;

function reference(whole: string, dec: string, hex: string, name: string, semicolon: string): string {
  if (name) {
    const char = table().get(name);
    // Without ';' browsers only accept the legacy (Latin-1 era) names.
    return char && (semicolon || char < '\u0100') ? char : whole;
  }
  const n = dec ? +dec : parseInt(hex, 16);
  if (n > 127 && n < 160) return C1[n - 128];
  return n && n < 0x110000 && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/** Decodes numeric and named character references; unknown names and a bare `&` stay as written. */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(REFERENCE, reference);
}
