// Custom Elements Manifest (custom-elements.json) for Storybook's docs pages, editors and the README test.
// `npm run analyze` writes it at the project root; the README test generates its own copy, so it cannot drift.

/** Only the public API is documented: private and protected members (controllers, state) are left out. */
function publicMembersOnly() {
  return {
    name: 'bantin-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
          }
        }
      }
    },
  };
}

/**
 * Descriptions are Markdown to Storybook: a tag written in prose ("<html lang>") would be inserted into the
 * docs page as real HTML (an <html> element in the page crashes Chromium's renderer). Tags become code spans.
 */
function tagsAsCode() {
  const tag = /(`[^`]*`)|<\/?[a-z][\w-]*(?:\s[^<>]*)?>/gi;
  const escape = (text) => text.replace(tag, (match, code) => code ?? `\`${match}\``);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'description' || key === 'summary') && typeof value === 'string') node[key] = escape(value);
      else visit(value);
    }
  };
  return { name: 'bantin-tags-as-code', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/bantin-element.ts', 'src/internal/bantin-feed-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // The analyzer would otherwise rewrite package.json on every run; "customElements" is set there once.
  packagejson: false,
  plugins: [publicMembersOnly(), tagsAsCode()],
};
