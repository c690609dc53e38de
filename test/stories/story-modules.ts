// Every stories module, for the story test (the test runner has no import.meta.glob).
// story-modules.node.test.ts fails when a file in stories/ is missing here.
import * as latestNews from '../../stories/latest-news.stories.js';

export const storyModules: Record<string, Record<string, unknown>> = {
  'stories/latest-news.stories.ts': latestNews,
};
