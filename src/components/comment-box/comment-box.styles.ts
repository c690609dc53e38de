import { css } from 'lit';

export const commentBoxStyles = css`
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  p {
    margin: 0;
  }

  /* Instead of the form on a closed thread (keeping the form's height when the form was on screen first). */
  .closed {
    margin-block-end: calc(var(--_gap) * 1.5);
    padding: 0.625em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_notice-bg);
  }

  /* The form */
  .form {
    display: grid;
    gap: 0.625em;
    margin-block-end: calc(var(--_gap) * 1.5);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.625em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  label {
    font-size: var(--_small-size);
    font-weight: 600;
  }
  .required {
    color: var(--_error);
  }
  input,
  textarea {
    width: 100%;
    min-height: 2.5em;
    padding: 0.5em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: var(--_line);
  }
  textarea {
    resize: vertical;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
    border-color: var(--_focus);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .hint,
  .counter {
    color: var(--_muted);
    font-size: var(--_small-size);
  }
  .counter {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .field-error {
    color: var(--_error);
    font-size: var(--_small-size);
    font-weight: 600;
  }
  /* The honeypot: out of sight and out of the tab order, but not display:none (bots skip those). */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    font-size: var(--_small-size);
  }
  .notice .button {
    font-size: inherit;
  }
  .notice[data-kind='success'] {
    background: var(--_notice-bg);
  }
  .notice[data-kind='error'] {
    border: 1px solid var(--_error);
    color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  /* The shared .button, filled and a size larger. */
  .button.submit {
    gap: 0.5em;
    min-height: 2.5em;
    padding: 0.5em 1.125em;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: inherit;
  }
  .submit[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: bantin-spin 0.8s linear infinite;
  }
  @keyframes bantin-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .button.quiet {
    border-color: var(--_border);
    color: var(--_text);
  }

  /* The comments. Their area keeps the loading skeleton's height whatever arrives (none, an error, a few
     comments), so the page below does not move; a long thread grows it. */
  .comments {
    min-height: var(--bantin-comments-min-height, 14em);
  }
  .list,
  .replies {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > .comment + .comment {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .replies {
    margin-block-start: var(--_gap);
    margin-inline-start: var(--bantin-reply-indent, 1.5em);
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }
  .comment-main {
    display: grid;
    gap: 0.25em;
  }
  .comment-main:focus {
    outline: none;
  }
  .comment-main:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.625em;
    min-height: calc(var(--_line) * 1em);
  }
  .author {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .date {
    position: relative;
    color: var(--_muted);
    font-size: var(--_small-size);
  }
  /* The exact time for keyboard users (mouse users get the title tooltip). */
  .exact {
    display: none;
    position: absolute;
    z-index: 1;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-start: 0;
    padding: 0.125em 0.375em;
    border-radius: 4px;
    background: var(--_text);
    color: var(--_surface);
    white-space: nowrap;
  }
  .date:focus-visible .exact {
    display: block;
  }
  .comment-body {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .comment-actions {
    margin-block-start: 0.25em;
  }
  .reply-button {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: var(--_small-size);
    font-weight: 600;
    cursor: pointer;
  }
  .reply-button:hover {
    text-decoration: underline;
  }
  .reply-form,
  .reply-notice {
    margin-block-start: var(--_gap);
    margin-inline-start: var(--bantin-reply-indent, 1.5em);
  }
  .reply-form .form {
    margin-block-end: 0;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_gap);
  }
`;
