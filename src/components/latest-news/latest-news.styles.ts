import { css } from 'lit';

// Every text block has a fixed number of lines (clamped) and every item the same height, so the skeleton and
// the loaded list have the same height and nothing below the widget moves when the items arrive.
export const latestNewsStyles = css`
  /* The skeleton's boxes, left empty and unseen, after the items of a short list, or under an error or empty
     notice: the list keeps its room. */
  .item.placeholder {
    visibility: hidden;
  }
  .held {
    display: grid;
    align-items: start;
  }
  .held > * {
    grid-area: 1 / 1;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: min(var(--bantin-thumb-width, 7.5em), 35%) minmax(0, 1fr);
    gap: 0.75em;
    align-items: start;
  }
  /* No picture (none in the feed, or it failed to load): the text takes the whole row. */
  .no-image .item,
  .item:has(> .thumb:not(.skeleton, .placeholder):not(:has(img:not([hidden])))) {
    grid-template-columns: minmax(0, 1fr);
  }
  .thumb {
    aspect-ratio: 3 / 2;
  }
  .body {
    /* The room of every line the item may have (category, the text's lines, date): the date follows its own
       text, and what a shorter text leaves stays free below the date, not between the text and the date. */
    --_small-lines: 2;
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-width: 0;
    min-height: calc(
      var(--_small-lines) * (1.4 * var(--_small-size) + 0.125em) + (2 + var(--_summary-lines)) * 1.375 * var(--_title-size)
    );
  }
  .no-category .body,
  .no-date .body {
    --_small-lines: 1;
  }
  .no-category.no-date .body {
    --_small-lines: 0;
  }
  .category,
  .meta {
    height: 1.4em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* Title and summary share one box of a fixed number of lines and one line height: a one-line title leaves
     its second line to the summary instead of a gap. */
  /* The box has the title's size, so an em in it (and in the title) is the title's: one line is 1.375em. */
  .list {
    --_summary-lines: 2;
  }
  .no-summary .list {
    --_summary-lines: 0;
  }
  .text {
    max-height: calc((2 + var(--_summary-lines)) * 1.375em);
    overflow: hidden;
    font-size: var(--_title-size);
  }
  .title,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1em;
    line-height: 1.375em;
    font-weight: 700;
    -webkit-line-clamp: 2;
  }
  .title a::after {
    /* The whole item is the link's target area. */
    content: '';
    position: absolute;
    inset: 0;
  }
  .summary {
    margin: 0;
    font-size: 0.9375em;
    line-height: calc(1.375em / 0.9375); /* the title's line */
    -webkit-line-clamp: 3; /* one more than --_summary-lines: the line a one-line title leaves free */
  }
  .text .skeleton-line {
    height: 0.9em;
  }
  .skeleton-line + .skeleton-line {
    margin-block-start: 0;
  }
  .footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-height: 2.25em;
    margin-block-start: var(--_gap);
  }
  .more {
    color: var(--_accent);
    font-size: var(--_small-size);
    font-weight: 600;
  }
  .more::after {
    content: ' ›';
  }

  /* grid: cards with the image on top */
  .layout-grid .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--bantin-grid-min-width, 13em)), 1fr));
  }
  .layout-grid .item {
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .layout-grid .thumb {
    aspect-ratio: 16 / 9;
  }
  .layout-grid:not(.no-summary) .list {
    --_summary-lines: 3;
  }
  .layout-grid .summary {
    -webkit-line-clamp: 4;
  }

  /* compact: headlines and dates, separated by rules */
  .layout-compact .list {
    gap: 0;
  }
  .layout-compact .item {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .layout-compact .text {
    --_title-size: calc(0.9375 * var(--bantin-font-size-title, 1em));
    height: calc(2 * 1.375em);
  }
  /* compact: category and date on one line above the headline */
  .layout-compact .body {
    min-height: 0;
    display: grid;
    /* A long category gives way (ellipsis); the date always shows. */
    grid-template-columns: minmax(0, max-content) minmax(max-content, 1fr);
    column-gap: 0.75em;
  }
  .layout-compact .text {
    contain: inline-size; /* its words do not size the columns above it */
    grid-column: 1 / -1;
    grid-row: 2;
  }
  .layout-compact .category {
    grid-area: 1 / 1;
  }
  .layout-compact .meta {
    grid-area: 1 / 2;
  }

  /* ticker: one line of headlines moving sideways */
  /* Label, headlines, pause button; the row has the button's height whether the button is there or not
     (loading, reduced motion). */
  .ticker {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-rows: minmax(calc(2.75 * var(--_small-size)), auto);
    align-items: center;
    gap: 0.5em;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .layout-ticker .header {
    margin: 0;
    padding: 0.25em 0.625em;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .layout-ticker .heading {
    font-size: var(--_small-size);
    text-transform: uppercase;
  }
  .ticker-viewport {
    grid-column: 2;
    min-width: 0;
    overflow: hidden;
    /* room inside the clip for a headline's focus ring (2px outline + 2px offset) */
    padding-block: 0.25em;
    margin-block: -0.25em;
  }
  .ticker-viewport > .skeleton-line {
    width: 100%;
  }
  .ticker-belt {
    display: flex;
    width: max-content;
  }
  .ticker-list {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
    white-space: nowrap;
  }
  .ticker-item {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    padding-inline: 0.75em;
  }
  .ticker-item::before {
    content: '•' / ''; /* drawn, not read */
    color: var(--_accent);
  }
  .ticker-item .title {
    display: inline;
    height: auto;
    font-size: 0.9375em;
  }
  .ticker-item .category,
  .ticker-item .meta {
    display: inline;
    height: auto;
  }
  .ticker-toggle {
    grid-column: 3;
  }
  /* Narrow (a phone, or large text): the headlines get a row of their own, the label and the button share the first. */
  .layout-ticker {
    container-type: inline-size;
  }
  @container (max-width: 30em) {
    .ticker {
      grid-template-rows: minmax(calc(2.75 * var(--_small-size)), auto) auto;
    }
    .ticker-viewport {
      grid-area: 2 / 1 / 3 / -1;
    }
    .ticker-toggle {
      min-width: 0;
      justify-self: end;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* Nothing moves: the headlines can be scrolled instead. */
    .ticker-viewport {
      overflow-x: auto;
    }
  }
`;
