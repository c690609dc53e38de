// The Custom Elements Manifest, generated afresh from the components (custom-elements-manifest.config.mjs),
// so a test comparing against it can never read a stale custom-elements.json.
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

interface Named {
  name: string;
}

export interface ElementDoc {
  tagName: string;
  attributes: Named[];
  events: Named[];
  cssParts: Named[];
  cssProperties: Named[];
}

interface Manifest {
  modules: { declarations?: (Partial<ElementDoc> & { customElement?: boolean })[] }[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every custom element of the package, with its documented API. */
export async function customElements(): Promise<ElementDoc[]> {
  const manifest = (await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true })) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tagName: declaration.tagName!,
      attributes: declaration.attributes ?? [],
      events: declaration.events ?? [],
      cssParts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
    }));
}
