// Docs pages read attributes, properties, events, slots, CSS parts and custom properties from the
// Custom Elements Manifest that `npm run analyze` writes from the components' JSDoc.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
