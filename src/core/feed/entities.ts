// Character references, read the way a browser reads them in HTML text: numeric references always, a compact
// table of named ones (Latin-1, common typographic, Vietnamese letters), anything else left as written.

// Latin-1 signs in code point order from U+00A0; then name:hex pairs; accented letters are generated from
// letter + accent name when the pair composes to one character (é, ê, ă, ũ, ỹ…).
const SIGNS =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest';
const OTHERS =
  'AElig:c6 ETH:d0 times:d7 Oslash:d8 THORN:de szlig:df aelig:e6 eth:f0 divide:f7 oslash:f8 thorn:fe amp:26 AMP:26 lt:3c LT:3c gt:3e GT:3e quot:22 QUOT:22 apos:27 Dstrok:110 dstrok:111 OElig:152 oelig:153 Scaron:160 scaron:161 ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020 bull:2022 hellip:2026 permil:2030 lsaquo:2039 rsaquo:203a euro:20ac trade:2122 larr:2190 rarr:2192 minus:2212';
const ACCENTS = 'grave\u0300acute\u0301circ\u0302tilde\u0303uml\u0308ring\u030acedil\u0327breve\u0306';
// What browsers read for &#128; … &#159;: windows-1252 (hex code points).
const C1 =
  '20ac 81 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 8d 17d 8f 90 2018 2019 201c 201d 2022 2013 2014 2dc 2122 161 203a 153 9d 17e 178';
const REFERENCE = /&(?:#(\d{1,8})|#x([\da-f]{1,7})|([a-z][a-z\d]{1,31}))(;?)/gi;

let named: Map<string, string> | undefined;
let c1: string[];
const hexChar = (hex: string) => String.fromCharCode(parseInt(hex, 16));

function table(): Map<string, string> {
  if (!named) {
    named = new Map(SIGNS.split(' ').map((name, i) => [name, String.fromCharCode(160 + i)]));
    c1 = C1.split(' ').map(hexChar);
    for (const pair of OTHERS.split(' ')) named.set(pair.split(':')[0], hexChar(pair.split(':')[1]));
    for (const letter of 'aceinouyACEINOUY')
      for (const [, accent, mark] of ACCENTS.matchAll(/(\w+)(\W)/g)) {
        const char = (letter + mark).normalize();
        if (!char[1]) named.set(letter + accent, char);
      }
  }
  return named;
}

function reference(whole: string, dec: string, hex: string, name: string, semicolon: string): string {
  const chars = table();
  if (name) {
    const char = chars.get(name);
    // Without ';' browsers only accept the legacy (Latin-1 era) names.
    return char && (semicolon || char < '\u0100') ? char : whole;
  }
  const n = dec ? +dec : parseInt(hex, 16);
  return n > 127 && n < 160 ? c1[n - 128] : n && n < 0x110000 && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/** Decodes numeric and named character references; unknown names and a bare `&` stay as written. */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(REFERENCE, reference);
}
