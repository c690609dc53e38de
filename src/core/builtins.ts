// Array look-ups the widgets decide with, as plain loops: a host page that patches Array.prototype after
// bantin has loaded (a faulty includes/find polyfill, an old library's flat) cannot change what they find.

/** `list.includes(value)`, whatever the page did to Array.prototype.includes. */
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** `list.find(test)`, whatever the page did to Array.prototype.find. */
export function findFirst<T>(list: readonly T[], test: (value: T) => unknown): T | undefined {
  for (let i = 0; i < list.length; i++) if (test(list[i]!)) return list[i];
  return undefined;
}
