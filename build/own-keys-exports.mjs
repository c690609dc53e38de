/**
 * A plugin of both vite builds. The bundler's namespace helper (rolldown's __exportAll, which builds the module
 * objects of lazy imports: the XML reader, DOMPurify) copies
 * exports with `for…in`, which also walks a page's enumerable Object.prototype additions: with
 * `Object.prototype.foo = 1` it throws "Getter must be a function" and no widget registers. Old CMS plugins do
 * exactly that, so the helper walks own keys only. Fails the build if the helper changes shape.
 */
export function ownKeysExportsPlugin() {
  const helper = /for \(var (\w+) in (\w+)\)(\s*\{?\s*__defProp\(\w+, \1, \{\s*get: \2\[\1\],)/;
  return {
    name: 'bantin:own-keys-exports',
    apply: 'build',
    renderChunk(code) {
      // Patched where it is defined (a chunk may only import it from the runtime chunk).
      if (!/(?:var|let|const)\s+__exportAll\s*=/.test(code)) return null;
      if (!helper.test(code)) throw new Error("bantin:own-keys-exports: the bundler's __exportAll helper changed; update build/own-keys-exports.mjs");
      return { code: code.replace(helper, 'for (var $1 of Object.keys($2))$3'), map: null };
    },
  };
}
