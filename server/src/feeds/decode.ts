// Upstream bytes → text, as src/core/load/decode.ts does in the browser, with one Node fix: Node's
// TextDecoder reads 'windows-1252' (which also stands for latin1, iso-8859-1 and ascii) as ISO-8859-1,
// so 0x80–0x9F come out as C1 controls instead of € ‚ ƒ „ … “ ” – — ™. Those 32 are mapped here.
import { decodeFeedBytes, sniffCharset } from 'bantin/core';

// windows-1252 0x80–0x9F (the five undefined bytes stay as their C1 code points, as WHATWG says).
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const C1 = /[\x80-\x9f]/g;

export function decodeUpstreamBytes(bytes: Uint8Array, contentType: string | null | undefined): string {
  const text = decodeFeedBytes(bytes, contentType);
  if (sniffCharset(bytes, contentType) !== 'windows-1252') return text;
  return text.replace(C1, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}
