import { css } from 'lit';

// Risk levels in the official colours of Vietnam's disaster risk scale; backgrounds are tints that keep
// body text readable. Dark theme: darker tints, brighter drawings.
const dark = css`
  --_warning-bg: var(--bantin-weather-warning-bg, #33290a);
  --_risk-1-bg: var(--bantin-weather-risk-1-bg, #13283a);
  --_risk-2-bg: var(--bantin-weather-risk-2-bg, #332b0b);
  --_risk-3-bg: var(--bantin-weather-risk-3-bg, #3a2512);
  --_risk-4-bg: var(--bantin-weather-risk-4-bg, #3d1a1c);
  --_risk-5-bg: var(--bantin-weather-risk-5-bg, #2a2048);
  --_sun: var(--bantin-weather-sun, #fcc419);
  --_cloud: var(--bantin-weather-cloud, #adb5bd);
  --_rain: var(--bantin-weather-rain, #74c0fc);
`;

export const weatherBulletinStyles = css`
  :host {
    --_warning: var(--bantin-weather-warning, #f59f00);
    --_warning-bg: var(--bantin-weather-warning-bg, #fff8e1);
    --_risk-1: var(--bantin-weather-risk-1, #74c0fc);
    --_risk-1-bg: var(--bantin-weather-risk-1-bg, #e7f5ff);
    --_risk-2: var(--bantin-weather-risk-2, #fcc419);
    --_risk-2-bg: var(--bantin-weather-risk-2-bg, #fff9db);
    --_risk-3: var(--bantin-weather-risk-3, #f76707);
    --_risk-3-bg: var(--bantin-weather-risk-3-bg, #fff4e6);
    --_risk-4: var(--bantin-weather-risk-4, #c92a2a);
    --_risk-4-bg: var(--bantin-weather-risk-4-bg, #fff0f0);
    --_risk-5: var(--bantin-weather-risk-5, #7048e8);
    --_risk-5-bg: var(--bantin-weather-risk-5-bg, #f3f0ff);
    --_sun: var(--bantin-weather-sun, #f59f00);
    --_cloud: var(--bantin-weather-cloud, #868e96);
    --_rain: var(--bantin-weather-rain, #1c7ed6);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  /* Spacing by margins, not gap: the live regions stay in the flow, empty and zero-sized, until a warning comes. */
  .card {
    display: flex;
    flex-direction: column;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card.reserve {
    /* The skeleton's height is the card's: nothing below moves when the bulletin arrives. */
    min-height: var(--bantin-weather-min-height, var(--_reserve, 21.5em));
  }
  .banner,
  .header,
  .conditions,
  .facts,
  .fallback {
    margin: 0 0 var(--_gap);
  }

  /* Warning banner */
  .banner {
    --_level: var(--_warning);
    --_level-bg: var(--_warning-bg);
    --_level-ink: #1b1f24;
    padding: 0.625em 0.75em;
    border-inline-start: 0.375em solid var(--_level);
    border-radius: var(--_radius);
    background: var(--_level-bg);
  }
  .banner[data-level='1'] {
    --_level: var(--_risk-1);
    --_level-bg: var(--_risk-1-bg);
  }
  .banner[data-level='2'] {
    --_level: var(--_risk-2);
    --_level-bg: var(--_risk-2-bg);
  }
  .banner[data-level='3'] {
    --_level: var(--_risk-3);
    --_level-bg: var(--_risk-3-bg);
  }
  .banner[data-level='4'] {
    --_level: var(--_risk-4);
    --_level-bg: var(--_risk-4-bg);
    --_level-ink: #ffffff;
  }
  .banner[data-level='5'] {
    --_level: var(--_risk-5);
    --_level-bg: var(--_risk-5-bg);
    --_level-ink: #ffffff;
  }
  .banner-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .banner-title .icon-warning {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    color: var(--_level);
    stroke-width: 2.2;
  }
  .risk {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-size: var(--_small-size);
    font-weight: 600;
  }
  .risk-chip {
    display: inline-grid;
    place-items: center;
    min-width: 1.5em;
    height: 1.5em;
    border-radius: 999px;
    background: var(--_level);
    color: var(--_level-ink);
    font-weight: 700;
  }
  .hazards {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_level);
    border-radius: 999px;
    background: var(--_surface);
    font-size: var(--_small-size);
    font-weight: 600;
  }

  /* Header: icon, title, when and where */
  .header {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  .icon-box {
    flex: none;
    width: 3em;
    height: 3em;
  }
  .icon-box .icon {
    display: block;
    width: 100%;
    height: 100%;
  }
  .icon .sun,
  .icon-sun {
    color: var(--_sun);
  }
  .icon .cloud {
    color: var(--_cloud);
  }
  .icon .rain,
  .icon .fog,
  .icon .cold {
    color: var(--_rain);
  }
  .icon .bolt {
    color: var(--_sun);
  }
  .heading-box {
    flex: 1;
    min-width: 0;
  }
  .title {
    display: block;
    margin: 0 0 0.25em;
    font-size: var(--bantin-font-size-title, 1.125em);
    font-weight: 700;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_small-size);
  }
  .conditions {
    font-weight: 600;
  }

  /* Key facts */
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: 0.5em 1em;
  }
  .fact {
    min-width: 0;
  }
  .fact.wide {
    grid-column: 1 / -1;
  }
  .fact dt {
    color: var(--_muted);
    font-size: var(--_small-size);
  }
  .fact dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* Footer: full text and source */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .reserve .footer {
    margin-block-start: auto;
  }
  .toggle .icon-chevron {
    width: 1.125em;
    height: 1.125em;
    transition: transform 0.2s ease;
  }
  .toggle[aria-expanded='true'] .icon-chevron {
    transform: rotate(180deg);
  }
  .source {
    color: var(--_accent);
    font-size: var(--_small-size);
    font-weight: 600;
  }
  .text {
    min-width: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    font-size: 0.9375em;
    line-height: 1.55;
  }
  #full-text {
    margin: var(--_gap) 0 0;
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  #full-text[hidden] {
    display: none;
  }

  /* Loading */
  /* The toggle's size: a .button (small text, min-height 2.75em of it). */
  .toggle-skeleton {
    font-size: var(--_small-size);
    width: 11em;
    height: 2.75em;
  }
  .header .skeleton-line {
    width: 60%;
  }
`;
