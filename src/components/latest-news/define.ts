import { BantinLatestNews } from './latest-news.js';

BantinLatestNews.define('bantin-latest-news');

declare global {
  interface HTMLElementTagNameMap {
    'bantin-latest-news': BantinLatestNews;
  }
}

export { BantinLatestNews };
