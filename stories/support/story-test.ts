// Story parameters read by the story test (test/stories/stories.test.ts), not by Storybook.

export interface StoryTest {
  /** A selector that must match in the widget's shadow root once the story has settled. */
  shows: string;
  /** Words the widget must say by then (its shadow root's text, whitespace collapsed). */
  says?: string;
}

/** What this story promises to show: the story test waits for it in the widget's shadow root. */
export function shows(selector: string, says?: string): { storyTest: StoryTest } {
  return { storyTest: says === undefined ? { shows: selector } : { shows: selector, says } };
}

/** Selectors of the shared states (src/internal/status.ts) and the skeletons. */
export const state = {
  loading: '.skeleton-line',
  error: '[part="status"][data-kind="error"]',
  stale: '[part="status"][data-kind="stale"]',
  empty: '[part="status"][data-kind="empty"]',
} as const;
