// The script-tag entry: registers every widget (a second copy of the script warns instead of throwing)
// and exports the classes, so a host can also define them under its own tags.
export { BantinLatestNews } from './components/latest-news/define.js';
export { BantinArticleCard } from './components/article-card/define.js';
export { BantinWeatherBulletin } from './components/weather-bulletin/define.js';
export { BantinCommentBox } from './components/comment-box/define.js';
export * from './core/index.js';
