// The room an embed code keeps for its widget before the widget's script has run: the height of the widget's
// loading skeleton for the chosen options, at the width of the place it is put in. Written into the code as
// `style="display:block;min-height:…"`, so that nothing on the partner's page moves when the widget is defined.
//
// The numbers are the widgets' own CSS (sizes in em of the page's text, borders in px), for text of 13.5 px and
// up (below that the widgets' 11 px and 12 px floors make them a little taller). test/docs/reserved-height.test.ts
// renders every widget's skeleton and checks these heights against it.

/** The width assumed when none is given: a phone, or a page's side column (CSS px). */
export const DEFAULT_WIDTH = 360;

const SMALL = 0.8125; // --_small-size: categories, dates, labels, buttons
const LINE = 1.4; // --_line
const GAP = 0.75; // --bantin-space
const SMALL_LINE = SMALL * LINE;
/** The accent-ruled heading row (the news list, the comment box), with its margin: 1.25em × 1.3 + 0.375em. */
const HEADER = { em: 1.25 * 1.3 + 0.375 + GAP, px: 2 };
/** A one-line input or button: 0.5em padding above and below, a 1px border. */
const CONTROL = { em: LINE + 1, px: 2 };

/** em + px + svh, written as one CSS length. */
function add(...lengths) {
  const sum = { em: 0, px: 0, svh: 0 };
  for (const length of lengths) for (const unit of Object.keys(sum)) sum[unit] += length[unit] ?? 0;
  return sum;
}

function positiveInteger(value, fallback) {
  const number = Math.floor(Number(value));
  return number > 0 ? number : fallback;
}

function latestNews(options, width) {
  const layout = ['grid', 'compact', 'ticker'].includes(options.layout) ? options.layout : 'list';
  if (layout === 'ticker') {
    // A row the pause button's height (2.75em of the small size), 0.25em padding, a 1px border; at 30em and
    // narrower the headlines get a second row (0.5em gap, one line).
    const rows = 2.75 * SMALL + (width <= 30 ? 0.5 + LINE : 0);
    return { em: rows + 0.5, px: 2 };
  }
  const limit = positiveInteger(options.limit, 5);
  const hidden = new Set(
    String(options.hide ?? '')
      .split(',')
      .map((field) => field.trim().toLowerCase()),
  );
  if (layout === 'compact') hidden.add('image').add('summary');
  const smallLines = ['category', 'date'].filter((field) => !hidden.has(field)).length;
  const summaryLines = hidden.has('summary') ? 0 : layout === 'grid' ? 3 : 2;
  // Category and date lines (each with the body's 0.125em gap), then the title and summary lines (1.375em).
  const body = smallLines * (SMALL_LINE + 0.125) + (2 + summaryLines) * 1.375;
  let rows = limit;
  let item;
  let gap = GAP;
  let px = 0;
  if (layout === 'list') {
    const thumb = hidden.has('image') ? 0 : (Math.min(7.5, 0.35 * width) * 2) / 3;
    item = Math.max(body, thumb);
  } else if (layout === 'grid') {
    const columns = Math.max(1, Math.floor((width + GAP) / (13 + GAP)));
    const column = (width - (columns - 1) * GAP) / columns;
    item = (hidden.has('image') ? 0 : (column * 9) / 16 + 0.5) + body;
    rows = Math.ceil(limit / columns);
  } else {
    // compact: category and date on one line (empty when both are hidden) above a two-line headline (0.9375 of
    // the title size), 0.125em apart; 0.5em padding above and below, a 1px rule.
    item = (smallLines > 0 ? SMALL_LINE : 0) + 0.125 + 2 * 1.375 * 0.9375 + 1;
    gap = 0;
    px = limit;
  }
  const footer = 2.25 + GAP;
  return add(HEADER, { em: rows * item + (rows - 1) * gap + footer, px });
}

function articleCard(options, width) {
  const variant = ['compact', 'full'].includes(options.variant) ? options.variant : 'standard';
  // full: the card keeps --bantin-article-min-height, by default the screen's height, and the skeleton stops there.
  if (variant === 'full') return { svh: 100 };
  if (variant === 'compact') {
    const thumb = (Math.min(6, 0.35 * width) * 2) / 3;
    return { em: Math.max(thumb, 2 * 1.35 * 0.9375 + 0.25 + SMALL_LINE) };
  }
  // standard: a 16:9 picture, then category, two title lines (1.35), three summary lines (1.45 of 0.9375em) and the
  // date, 0.25em apart; 0.625em between the picture and the text.
  return { em: (width * 9) / 16 + 0.625 + SMALL_LINE + 0.25 + 2 * 1.35 + 0.25 + 3 * 1.45 * 0.9375 + 0.25 + SMALL_LINE };
}

function weatherBulletin(options, width) {
  // The card's own reserve (weather-bulletin.ts, reserveHeight): taller when narrower, as its text wraps.
  return { em: Math.min(48, Math.max(21.5, 8.8 + 615 / Math.max(width, 10))) };
}

/** About how wide the email field's hint is, in em of the widget's text. */
const HINT_WIDTH = { vi: 16.7, en: 8.4 };

function commentBox(options, width, lang) {
  // Name and email side by side when both fit at 14em (0.625em apart), else one above the other.
  const columns = width >= 2 * 14 + 0.625 ? 2 : 1;
  const fieldWidth = (width - (columns - 1) * 0.625) / columns;
  const hintLines = Math.ceil((HINT_WIDTH[lang] ?? HINT_WIDTH.vi) / fieldWidth);
  // A field: its label, 0.25em, its control.
  const author = add({ em: SMALL_LINE + 0.25 }, CONTROL);
  const email = add(author, { em: 0.25 + hintLines * SMALL_LINE });
  const fields = columns === 2 ? email : add(author, { em: 0.625 }, email);
  // The text: label, a four-row textarea (a control three lines taller), the counter.
  const body = add({ em: SMALL_LINE + 0.25 + 3 * LINE + 0.25 + SMALL_LINE }, CONTROL);
  // Fields, text and the send button 0.625em apart, then 1.5 gaps before the comments' room (14em).
  const form = add(fields, { em: 0.625 }, body, { em: 0.625 }, CONTROL, { em: 1.5 * GAP });
  return add(HEADER, form, { em: 14 });
}

const HEIGHTS = { 'latest-news': latestNews, 'article-card': articleCard, 'weather-bulletin': weatherBulletin, 'comment-box': commentBox };

/**
 * The height of the widget's loading skeleton, as a CSS length, for a builder choice (builder.snippet.js) and the
 * width of its place in CSS px (text of 16 px). The dark theme (and `auto`, which may be dark) adds the widget's
 * 0.75em padding around it.
 * @param {{ widget: string, options?: Record<string, string>, lang?: string, theme?: string }} choice
 * @param {number} [width]
 */
export function reservedHeight(choice, width = DEFAULT_WIDTH) {
  const height = HEIGHTS[choice.widget];
  if (!height) throw new RangeError('widget');
  const padding = choice.theme === 'dark' || choice.theme === 'auto' ? 0.75 : 0;
  const inner = Math.max(1, (Number(width) > 0 ? Number(width) : DEFAULT_WIDTH) / 16 - 2 * padding);
  const lang = choice.lang === 'en' ? 'en' : 'vi';
  return cssLength(add(height(choice.options ?? {}, inner, lang), { em: 2 * padding }));
}

/** Rounded up to a hundredth of an em: never less room than the skeleton takes. */
function cssLength({ em, px, svh }) {
  const terms = [];
  if (svh) terms.push(`${svh}svh`);
  if (em) terms.push(`${Math.ceil(em * 100 - 1e-6) / 100}em`);
  if (px) terms.push(`${px}px`);
  return terms.length === 1 ? terms[0] : `calc(${terms.join(' + ')})`;
}
