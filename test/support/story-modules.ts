// Every stories module, for the story test (the test runner has no import.meta.glob).
// story-modules.node.test.ts fails when a file in stories/ is missing here.
import * as articleCard from '../../stories/article-card.stories.js';
import * as commentBox from '../../stories/comment-box.stories.js';
import * as commentCount from '../../stories/comment-count.stories.js';
import * as hostilePages from '../../stories/hostile-pages.stories.js';
import * as latestNews from '../../stories/latest-news.stories.js';
import * as weatherBulletin from '../../stories/weather-bulletin.stories.js';

export const storyModules: Record<string, Record<string, unknown>> = {
  'stories/article-card.stories.ts': articleCard,
  'stories/comment-box.stories.ts': commentBox,
  'stories/comment-count.stories.ts': commentCount,
  'stories/hostile-pages.stories.ts': hostilePages,
  'stories/latest-news.stories.ts': latestNews,
  'stories/weather-bulletin.stories.ts': weatherBulletin,
};
