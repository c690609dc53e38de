import { BantinCommentBox } from './comment-box.js';

BantinCommentBox.define('bantin-comment-box');

declare global {
  interface HTMLElementTagNameMap {
    'bantin-comment-box': BantinCommentBox;
  }
}

export { BantinCommentBox };
