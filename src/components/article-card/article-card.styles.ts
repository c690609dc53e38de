import { css } from 'lit';

export const articleCardStyles = css`
  .card {
    position: relative;
    display: grid;
    align-content: start;
    gap: 0.625em;
  }
  .variant-compact {
    grid-template-columns: min(var(--bantin-thumb-width, 6em), 35%) minmax(0, 1fr);
    align-items: start;
    gap: 0.75em;
  }
  /* No picture (none, or it failed to load): the text takes the whole card. */
  .variant-compact:has(> .thumb:not(.skeleton, .placeholder):not(:has(img:not([hidden])))) {
    grid-template-columns: minmax(0, 1fr);
  }
  /* The article's length is known only once it is there: the card keeps a minimum (by default the screen's
     height, so what follows it stays out of view until the article is in) and grows from its end. */
  .variant-full {
    gap: 1em;
    min-height: var(--bantin-article-min-height, 100svh);
  }
  /* The skeleton stops at the minimum: what loads is never shorter. */
  .variant-full[aria-busy='true'] {
    max-height: var(--bantin-article-min-height, 100svh);
    overflow: hidden;
  }
  .card > .status {
    grid-column: 1 / -1;
    margin: 0;
  }
  /* An error or empty notice over the skeleton's boxes, left empty and unseen: the card keeps its room. */
  .placeholder {
    visibility: hidden;
  }
  .card > .status:has(~ .placeholder) {
    grid-row: 1;
    align-self: start;
  }
  .thumb.placeholder {
    grid-area: 1 / 1;
  }
  .variant-compact > .body.placeholder {
    grid-area: 1 / 2;
  }
  .variant-standard > .body.placeholder {
    grid-row: 2;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .thumb {
    aspect-ratio: 16 / 9;
  }
  .variant-compact .thumb {
    aspect-ratio: 3 / 2;
  }
  /* Compact and standard cards: fixed line counts, so the skeleton has the card's final height. */
  .category,
  .meta {
    height: 1.4em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    height: calc(2 * 1.35em);
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.35;
  }
  .variant-compact .title {
    font-size: calc(0.9375 * var(--bantin-font-size-title, 1em));
  }
  .title a::after {
    /* The whole card is the link's target area (compact and standard). */
    content: '';
    position: absolute;
    inset: 0;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    height: calc(3 * 1.45em);
    margin: 0;
    overflow-wrap: anywhere;
    font-size: 0.9375em;
    line-height: 1.45;
  }

  /* full: the article page */
  .header {
    display: grid;
    gap: 0.375em;
  }
  .variant-full .category,
  .variant-full .meta {
    height: auto;
    white-space: normal;
  }
  /* The title and the lead keep two lines' room each, as in the skeleton: the picture below does not move
     when they are shorter. */
  .variant-full .title {
    display: block;
    height: auto;
    min-height: 2.5em;
    overflow: visible;
    font-size: var(--bantin-font-size-article-title, 1.625em);
    line-height: 1.25;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
  }
  .author {
    font-weight: 600;
    color: var(--_text);
  }
  .lead {
    display: block;
    overflow-wrap: anywhere;
    height: auto;
    min-height: 3em;
    overflow: visible;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.5;
  }
  .figure {
    margin: 0;
  }
  .figure.skeleton {
    aspect-ratio: 3 / 2;
  }
  .variant-full .category .skeleton-line {
    width: 8em;
  }
  .variant-full .meta .skeleton-line {
    width: 14em;
  }
  /* A picture that failed to load takes its caption with it: a caption of nothing reads as an error. */
  .figure:has(> img[hidden]) {
    display: none;
  }
  .figure img,
  .content img {
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  figcaption,
  .content figcaption {
    margin-block-start: 0.375em;
    font-size: var(--_small-size);
    font-style: italic;
    color: var(--_muted);
    text-align: center;
  }
  .content {
    font-size: 1.0625em;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  .content > :first-child {
    margin-block-start: 0;
  }
  .content a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .content figure {
    margin-inline: 0;
  }
  .content blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  .content table {
    border-collapse: collapse;
    max-width: 100%;
    display: block;
    overflow-x: auto;
  }
  .content td,
  .content th {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
  }
  .source {
    margin: 0;
    font-size: var(--_small-size);
  }
  .source a {
    color: var(--_accent);
    font-weight: 600;
  }
`;
