import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // msw's service worker, served from the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};
export default config;
