/**
 * Resolves after the current task. A page's module scripts run back to back in one task, so a script right after
 * the widget's own (setting `thread` or `proxy`, say) has run by then: a widget that waits for this before its
 * first request asks once, for what the page meant, not first for its defaults.
 */
export function attributesSettled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
