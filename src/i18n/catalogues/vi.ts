// Every section in Vietnamese, as one object (hosts, tests, tools). Widgets import only their own sections.
import { shared } from './shared.js';
import { latestNews } from './latest-news.js';
import { articleCard } from './article-card.js';
import { weather } from './weather.js';
import { comments } from './comments.js';
import { commentCount } from './comment-count.js';

export const vi = {
  ...shared.vi,
  latestNews: latestNews.vi,
  articleCard: articleCard.vi,
  weather: weather.vi,
  comments: comments.vi,
  commentCount: commentCount.vi,
};
