import { BantinCommentCount } from './comment-count.js';

BantinCommentCount.define('bantin-comment-count');

declare global {
  interface HTMLElementTagNameMap {
    'bantin-comment-count': BantinCommentCount;
  }
}

export { BantinCommentCount };
