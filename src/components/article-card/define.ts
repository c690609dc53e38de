import { BantinArticleCard } from './article-card.js';

BantinArticleCard.define('bantin-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'bantin-article-card': BantinArticleCard;
  }
}

export { BantinArticleCard };
