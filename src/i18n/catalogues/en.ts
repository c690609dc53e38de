// Every section in English, as one object. Each section's type makes English fill what Vietnamese has.
import type { AllText } from '../all-text.js';
import { shared } from './shared.js';
import { latestNews } from './latest-news.js';
import { articleCard } from './article-card.js';
import { weather } from './weather.js';
import { comments } from './comments.js';
import { commentCount } from './comment-count.js';

export const en: AllText = {
  ...shared.en,
  latestNews: latestNews.en,
  articleCard: articleCard.en,
  weather: weather.en,
  comments: comments.en,
  commentCount: commentCount.en,
};
