// Array look-ups the widgets decide with, and object copies, as plain loops over own keys: a host page that patches
// Array.prototype after bantin has loaded (a faulty includes/find polyfill, an old library's flat), or adds enumerable
// properties to Object.prototype, cannot change what they find or copy.

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

/** A copy of `o` without the properties whose value is undefined; own keys only. */
export function defined<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
