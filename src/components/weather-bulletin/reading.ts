// How the widget reads a feed for its bulletin: which item, which icon, how urgent. The bulletin itself is read by
// core (readItemBulletin, by the widget server or lazily here); nothing here parses markup.
import type { FeedItem } from '../../core/feed/model.js';
import { HAZARDS, type Bulletin, type Hazard } from '../../core/weather/types.js';
import { newestFirst } from '../../core/feed/merge.js';
import { foldText } from '../../core/fold.js';
import { commaList } from '../../internal/text.js';
import type { ConditionIcon } from './icons.js';

/** What a weather item's title or category mentions when no `match` is given. */
const DEFAULT_MATCH = ['thời tiết', 'weather'];

/**
 * The newest item whose title or one of whose categories contains one of the texts in `match` (a comma
 * list; default "thời tiết", "weather"), ignoring case and Vietnamese diacritics.
 */
export function pickWeatherItem(items: readonly FeedItem[], match?: string | null): FeedItem | undefined {
  const wanted = commaList(match);
  const needles = (wanted.length > 0 ? wanted : DEFAULT_MATCH).map(foldText).filter(Boolean);
  const mentions = (text: string) => {
    const folded = foldText(text);
    return needles.some((needle) => folded.includes(needle));
  };
  return newestFirst(items).find((item) => mentions(item.title) || item.categories.some(mentions));
}

/** Whether the bulletin says anything about the weather itself (else the card shows the text as it is). */
export function hasWeatherFacts(bulletin: Bulletin): boolean {
  return Boolean(
    bulletin.conditions ||
    bulletin.rain ||
    bulletin.wind ||
    bulletin.gusts ||
    bulletin.temperature?.min ||
    bulletin.temperature?.max ||
    bulletin.mountainTemperature?.min ||
    bulletin.mountainTemperature?.max ||
    bulletin.humidity ||
    bulletin.hazards.length > 0 ||
    riskLevel(bulletin) !== undefined,
  );
}

/** The risk level when it is a whole number 1–5 (a host may hand over anything through `.bulletin`). */
export function riskLevel(bulletin: Bulletin): number | undefined {
  const level = bulletin.riskLevel;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 5 ? level : undefined;
}

/** Known hazards only, in the canonical order, once each. */
export function knownHazards(hazards: unknown): Hazard[] {
  const given = new Set(Array.isArray(hazards) ? hazards : []);
  return HAZARDS.filter((hazard) => given.has(hazard));
}

/**
 * Whether the warning interrupts (role="alert", assertive) or waits its turn (role="status", polite).
 * A stated risk level decides: level 3 ("rủi ro lớn") and above interrupt. Without one, a storm or a flash
 * flood interrupts: those are the warnings that come with evacuations. Everything else is polite.
 */
export function isUrgent(bulletin: Bulletin): boolean {
  const level = riskLevel(bulletin);
  if (level !== undefined) return level >= 3;
  return bulletin.hazards.includes('storm') || bulletin.hazards.includes('flash-flood');
}

const THUNDER: readonly Hazard[] = ['thunderstorm', 'tornado', 'lightning', 'hail', 'storm'];

/** The icon for the bulletin: its hazards first, then the words of its conditions; undefined when unknown. */
export function iconFor(bulletin: Bulletin): ConditionIcon | undefined {
  const hazards = new Set(bulletin.hazards);
  if (THUNDER.some((hazard) => hazards.has(hazard))) return 'thunderstorm';
  if (hazards.has('severe-cold') || hazards.has('frost')) return 'cold';
  if (hazards.has('heavy-rain') || hazards.has('flash-flood')) return 'rain';
  // "không mưa" (no rain) is not rain.
  const words = foldText(`${bulletin.conditions ?? ''} ${bulletin.rain?.text ?? ''}`).replace(/\bkhong (?:co )?mua\b/g, ' ');
  if (/\bmua\b/.test(words)) return 'rain';
  if (/\b(?:ret|lanh)\b/.test(words)) return 'cold';
  const sunny = /\bnang\b|\btroi quang\b|\bquang may\b/.test(words);
  if (sunny) return /\b(?:co|it|nhieu) may\b|\bmay thay doi\b/.test(words) ? 'partly-cloudy' : 'sun';
  if (/\bsuong mu\b|\bmu\b/.test(words)) return 'fog';
  if (/\bit may\b/.test(words)) return 'partly-cloudy';
  if (/\bmay\b|\bu am\b|\bam u\b/.test(words)) return 'cloud';
  if (hazards.has('heat')) return 'sun';
  return undefined;
}

const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table tr ul'.split(' '),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The text of (sanitized) DOM, one line per block and <br>, blank lines dropped. Iterative: any depth is fine.
 * Also on the server (bantin/ssr, a jsdom fragment), where there is no global Node.
 */
export function linesOf(root: Node): string {
  let out = '';
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      out += '\n';
    } else if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? '';
    } else if (node.nodeType === ELEMENT_NODE || node === root) {
      const name = (node as Element).localName;
      if (name === 'br') {
        out += '\n';
        continue;
      }
      if (BLOCKS.has(name)) {
        out += '\n';
        stack.push({ node, leaving: true });
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .normalize('NFC');
}
