// The classic-script entry (dist/bantin.iife.js, global `bantin`): one file that registers every widget
// and exports the classes and the engine, for CMSs that cannot use type="module". Server-rendered widgets
// hydrate (hydration-support.ts).
import './hydration-support.js';
import { BantinLatestNews } from './components/latest-news/latest-news.js';
import { BantinArticleCard } from './components/article-card/article-card.js';
import { BantinWeatherBulletin } from './components/weather-bulletin/weather-bulletin.js';
import { BantinCommentBox } from './components/comment-box/comment-box.js';
import { BantinCommentCount } from './components/comment-count/comment-count.js';

function defineAll(): void {
  BantinLatestNews.define('bantin-latest-news');
  BantinArticleCard.define('bantin-article-card');
  BantinWeatherBulletin.define('bantin-weather-bulletin');
  BantinCommentBox.define('bantin-comment-box');
  BantinCommentCount.define('bantin-comment-count');
}

// A classic script in <head> runs before the page's widgets are parsed. Defined then, a server-rendered widget
// would be upgraded as the parser creates it and make its own shadow root before the parser reaches its
// declarative one: the widgets are defined once the document is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', defineAll, { once: true });
else defineAll();

export { BantinLatestNews, BantinArticleCard, BantinWeatherBulletin, BantinCommentBox, BantinCommentCount };
export * from './core/index.js';
