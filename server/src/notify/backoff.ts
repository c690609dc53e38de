// When a failed webhook delivery is tried again: 30 s, 1, 2, 5, 10 and 30 minutes, then every hour, for a day.

/** How long events are retried, from when they happened. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

const STEPS_MS = [30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000];
const HOUR_MS = 3_600_000;

/** The wait after the `failures`-th failure (1 for the first). */
export function retryDelayMs(failures: number): number {
  return STEPS_MS[failures - 1] ?? HOUR_MS;
}
