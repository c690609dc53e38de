// Shared styles. Every public token is read as var(--bantin-…, literal), so a widget looks right on a page
// without any stylesheet; the dark theme changes only the literals, a page's tokens win in both themes.
import { css } from 'lit';

const dark = css`
  color-scheme: dark;
  --_text: var(--bantin-color-text, #e7e9ec);
  --_muted: var(--bantin-color-muted, #a9b1bb);
  --_surface: var(--bantin-color-surface, #17191d);
  --_border: var(--bantin-color-border, #343a42);
  --_accent: var(--bantin-color-accent, #ff8f87);
  --_accent-contrast: var(--bantin-color-accent-contrast, #17191d);
  --_category: var(--bantin-color-category, var(--bantin-color-accent, #ff8f87));
  --_skeleton: var(--bantin-color-skeleton, #2a2f36);
  --_notice-bg: var(--bantin-color-notice, #3a3214);
  --_error: var(--bantin-color-error, #ffb4ab);
  --_focus: var(--bantin-color-focus, #8ab4f8);
  --_padding: var(--bantin-padding, 0.75em);
`;

export const tokens = css`
  :host {
    color-scheme: light;
    --_text: var(--bantin-color-text, #1b1f24);
    --_muted: var(--bantin-color-muted, #545d68);
    --_surface: var(--bantin-color-surface, #ffffff);
    --_border: var(--bantin-color-border, #dde1e6);
    --_accent: var(--bantin-color-accent, #a91d22);
    --_accent-contrast: var(--bantin-color-accent-contrast, #ffffff);
    --_category: var(--bantin-color-category, var(--bantin-color-accent, #a91d22));
    --_skeleton: var(--bantin-color-skeleton, #e9ecef);
    --_notice-bg: var(--bantin-color-notice, #fff6d6);
    --_error: var(--bantin-color-error, #a4161a);
    --_focus: var(--bantin-color-focus, #1a5fb4);
    --_radius: var(--bantin-radius, 6px);
    --_gap: var(--bantin-space, 0.75em);
    --_title-size: var(--bantin-font-size-title, 1em);
    --_small-size: var(--bantin-font-size-small, max(0.8125em, 11px));
    --_heading-size: var(--bantin-font-size-heading, 1.25em);
    --_line: 1.4;
    --_padding: var(--bantin-padding, 0);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;

export const baseStyles = css`
  /* A page's rules beat :host (even a page's \`* { … }\`), so the host only sets what the page rarely touches,
     keeps its padding (!important in a shadow root wins over the page), and every widget's one top-level
     element (part "base") sets the text: colour, one size base taken from the host with a floor (every size
     inside is in em of it), and the inherited text properties a page may have changed. font-family stays
     inherited on purpose. */
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    line-height: var(--_line);
    writing-mode: horizontal-tb;
    padding: var(--_padding) !important;
    color: var(--_text);
    background: var(--_surface);
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    min-inline-size: 0;
    color: var(--_text);
    background-color: var(--_surface);
    font-size: max(1em, 12px);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    line-height: var(--_line);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere;
    hyphens: manual;
    visibility: visible;
    cursor: auto;
  }
  /* The hidden attribute wins over any display a rule gives (a broken image is hidden, img is display: block). */
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  img {
    display: block;
    max-width: 100%;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
    font-size: var(--_small-size);
    font-weight: 600;
  }
  .button:hover {
    background: var(--_accent);
    color: var(--_accent-contrast);
    text-decoration: none;
  }

  /* Skeletons: same boxes as the content they stand for, so nothing moves when it arrives. */
  .skeleton {
    display: block;
    border-radius: 4px;
    background: var(--_skeleton);
    color: transparent;
    animation: bantin-pulse 1.6s ease-in-out infinite;
  }
  .skeleton-line {
    display: block;
    height: 0.9em;
    margin-block: calc((1lh - 0.9em) / 2);
    border-radius: 4px;
    background: var(--_skeleton);
    animation: bantin-pulse 1.6s ease-in-out infinite;
  }
  .skeleton-line:last-child:not(:first-child) {
    width: 70%;
  }
  @keyframes bantin-pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* Status region: errors, stale notices, empty lists. */
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0 0 var(--_gap);
    padding: 0.625em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    font-size: var(--_small-size);
  }
  .status[data-kind='error'] {
    border-color: var(--_error);
    color: var(--_error);
  }
  .status[data-kind='stale'] {
    background: var(--_notice-bg);
  }
  .status[data-kind='empty'] {
    color: var(--_muted);
  }
  /* A button in a notice has the notice's size (not a size of that size). */
  .status .button {
    font-size: inherit;
  }
  .status p {
    margin: 0;
    flex: 1 1 16em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The accent-ruled header of a widget that titles a section (the news list, the comment box). */
export const sectionHeaderStyles = css`
  .header {
    margin-block-end: var(--_gap);
    padding-block-end: 0.375em;
    border-block-end: 2px solid var(--_accent);
  }
  .heading {
    font-size: var(--_heading-size);
    font-weight: 700;
    line-height: 1.3;
  }
`;

/** A news item's thumbnail, category label and date line (the news list and the article card). */
export const newsItemStyles = css`
  .thumb {
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  /* A thumbnail that failed to load (hidden) or never had a picture takes no room and shows no grey box. */
  .thumb:not(.skeleton, .placeholder):not(:has(img:not([hidden]))) {
    display: none;
  }
  .thumb img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .category,
  .meta {
    display: block;
    font-size: var(--_small-size);
    line-height: 1.4;
  }
  .category {
    color: var(--_category);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .meta {
    color: var(--_muted);
  }
`;
