// Story parameters read by the story test (test/stories/stories.test.ts), not by Storybook.

/** The selector the story test waits for in the widget's shadow root: what this story promises to show. */
export function shows(selector: string): { storyTest: { shows: string } } {
  return { storyTest: { shows: selector } };
}

/** Selectors of the shared states (src/internal/status.ts) and the skeletons. */
export const state = {
  loading: '.skeleton-line',
  error: '[part="status"][data-kind="error"]',
  stale: '[part="status"][data-kind="stale"]',
  empty: '[part="status"][data-kind="empty"]',
} as const;
