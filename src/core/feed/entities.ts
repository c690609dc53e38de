// Character references, read the way a browser reads them in HTML text: numeric references always, every named
// reference of HTML 4 (and XML's &apos;) plus the Vietnamese letters of HTML 5 (&abreve;, &dstrok;, &itilde;…), anything
// else left as written. The same table in browsers and in Node, so both readers agree.

// Names in code point order, from the Latin-1 signs at U+00A0: `name:hex` sets the code point, a name alone is the
// one after the previous. Accented letters are generated from letter + accent name when the pair composes to one
// character (é, ê, ă, ũ, ỹ…), Greek letters from their names in alphabet order.
const NAMES =
  'nbsp:a0 iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest QUOT:22 quot:22 AMP:26 amp:26 apos LT:3c lt:3c GT:3e gt:3e AElig:c6 ETH:d0 times:d7 Oslash THORN:de szlig aelig:e6 eth:f0 divide:f7 oslash thorn:fe Dstrok:110 dstrok OElig:152 oelig Scaron:160 scaron fnof:192 circ:2c6 tilde:2dc thetasym:3d1 upsih piv:3d6 ensp:2002 emsp thinsp:2009 zwnj:200c zwj lrm rlm ndash:2013 mdash lsquo:2018 rsquo sbquo ldquo:201c rdquo bdquo dagger:2020 Dagger bull hellip:2026 permil:2030 prime:2032 Prime lsaquo:2039 rsaquo oline:203e frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr rarr darr harr crarr:21b5 lArr:21d0 uArr rArr dArr hArr forall:2200 part:2202 exist empty:2205 nabla:2207 isin notin ni:220b prod:220f sum:2211 minus lowast:2217 radic:221a prop:221d infin ang:2220 and:2227 or cap cup int there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv le:2264 ge sub:2282 sup nsub sube:2286 supe oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil lfloor rfloor lang:2329 rang loz:25ca spades:2660 clubs:2663 hearts:2665 diams';
// From U+0391 (capitals, with no final sigma) and U+03B1 (small letters: the names in lower case).
const GREEK = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigmaf Sigma Tau Upsilon Phi Chi Psi Omega';
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
    let code = 0;
    named = new Map(
      NAMES.split(' ').map((entry) => {
        const [name, hex] = entry.split(':');
        return [name, String.fromCharCode((code = hex ? parseInt(hex, 16) : code + 1))];
      }),
    );
    c1 = C1.split(' ').map(hexChar);
    GREEK.split(' ').forEach((name, i) => {
      if (name !== 'Sigmaf') named!.set(name, String.fromCharCode(0x391 + i));
      named!.set(name.toLowerCase(), String.fromCharCode(0x3b1 + i));
    });
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

/** A C1 control character (U+0080–U+009F) → the character windows-1252 has at that byte, as browsers read &#150;. */
export function windows1252(c: string): string {
  table();
  return c1[c.charCodeAt(0) - 128];
}

/** Decodes numeric and named character references; unknown names and a bare `&` stay as written. */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(REFERENCE, reference);
}
