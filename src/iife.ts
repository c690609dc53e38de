// The classic-script entry (dist/bantin.iife.js, global `bantin`): one file that registers every widget at once
// and exports the classes and the engine, for CMSs that cannot use type="module".
export { BantinLatestNews } from './components/latest-news/define.js';
export { BantinArticleCard } from './components/article-card/define.js';
export { BantinWeatherBulletin } from './components/weather-bulletin/define.js';
export { BantinCommentBox } from './components/comment-box/define.js';
export * from './core/index.js';
