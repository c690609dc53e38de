import { css } from 'lit';

export const commentCountStyles = css`
  :host {
    display: inline-block;
    vertical-align: baseline;
  }
  /* Every state sits in one grid cell with invisible copies of the widest words it may show (no comments, a
     two-digit count, the error), so loading, the count and the error all have one width and one line. */
  .base {
    display: inline-grid;
    justify-items: start;
    align-items: baseline;
  }
  .base > * {
    grid-area: 1 / 1;
  }
  .sizer {
    visibility: hidden;
    white-space: nowrap;
  }
  .skeleton-line {
    justify-self: stretch;
    align-self: center;
  }
  .value {
    white-space: nowrap;
  }
  a.value {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a.value:hover {
    text-decoration-thickness: 2px;
  }
  .value[data-kind='none'] {
    color: var(--_muted);
  }
  .value[data-kind='error'] {
    color: var(--_error);
  }
`;
