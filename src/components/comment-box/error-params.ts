// The values the server puts in an error ({ error: { code, params: { min: 5 } } }), which CommentApiError does
// not carry: read from a copy of the error response by a fetch wrapper handed to the core client, so a
// "too short" message names the server's minimum even when the widget's own minlength differs.

import type { ErrorParams } from './messages.js';

export interface ErrorParamsRecorder {
  fetch: typeof fetch;
  /** The `params` of the last error response, if it had any. */
  params?: ErrorParams;
}

export function recordErrorParams(): ErrorParamsRecorder {
  const recorder: ErrorParamsRecorder = {
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (!response.ok) {
        try {
          const body = (await response.clone().json()) as { error?: { params?: unknown } };
          const params = body?.error?.params as Record<string, unknown> | undefined;
          if (params && typeof params === 'object') {
            recorder.params = {};
            if (typeof params.min === 'number') recorder.params.min = params.min;
            if (typeof params.max === 'number') recorder.params.max = params.max;
          }
        } catch {
          // Not JSON: nothing to record.
        }
      }
      return response;
    },
  };
  return recorder;
}
