import { css } from 'lit';

export const articleCardStyles = css`
  .card {
    position: relative;
    display: grid;
    gap: 0.625rem;
  }
  .variant-compact {
    grid-template-columns: var(--bantin-thumb-width, 6rem) minmax(0, 1fr);
    align-items: start;
    gap: 0.75rem;
  }
  .variant-full {
    gap: 1rem;
  }
  .card > .status {
    grid-column: 1 / -1;
    margin: 0;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
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
    height: calc(2 * 1.35 * var(--_title-size));
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.35;
  }
  .variant-compact .title {
    height: calc(2 * 1.35 * 0.9375rem);
    font-size: 0.9375rem;
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
    height: calc(3 * 1.45 * 0.9375rem);
    margin: 0;
    font-size: 0.9375rem;
    line-height: 1.45;
  }

  /* full: the article page */
  .header {
    display: grid;
    gap: 0.375rem;
  }
  .variant-full .category,
  .variant-full .meta {
    height: auto;
    white-space: normal;
  }
  .variant-full .title {
    display: block;
    height: auto;
    overflow: visible;
    font-size: var(--bantin-font-size-article-title, 1.625rem);
    line-height: 1.25;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .author {
    font-weight: 600;
    color: var(--_text);
  }
  .lead {
    display: block;
    height: auto;
    overflow: visible;
    font-size: 1.0625rem;
    font-weight: 600;
    line-height: 1.5;
  }
  .figure {
    margin: 0;
  }
  .figure img,
  .content img {
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  figcaption,
  .content figcaption {
    margin-block-start: 0.375rem;
    font-size: var(--_small-size);
    font-style: italic;
    color: var(--_muted);
    text-align: center;
  }
  .content {
    font-size: 1.0625rem;
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
    padding-inline-start: 1rem;
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
    padding: 0.25rem 0.5rem;
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
