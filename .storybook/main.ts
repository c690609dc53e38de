// Storybook: every widget in every state (stories/), docs pages from custom-elements.json (npm run analyze).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Lit's decorators need the project's TypeScript semantics (experimentalDecorators, useDefineForClassFields
    // false: a field initialiser must go through the reactive accessor, not shadow it). Said explicitly here
    // rather than left to Vite's reading of tsconfig.json.
    const oxc = typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {};
    viteConfig.oxc = {
      ...oxc,
      decorator: { ...oxc.decorator, legacy: true },
      assumptions: { ...oxc.assumptions, setPublicClassFields: true },
      typescript: { ...oxc.typescript, removeClassFieldsWithoutInitializer: true },
    };
    // The widgets show http(s) images only: the fixtures' small SVGs (demo/img/) must stay files, not become
    // data: URLs.
    viteConfig.build = {
      ...viteConfig.build,
      assetsInlineLimit: (file) => (file.includes('/demo/img/') || file.includes('/stories/fixtures/') ? false : undefined),
    };
    return viteConfig;
  },
};

export default config;
