import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { startMockApi, worker } from '../mocks/browser.js';
import '../src/define.js';

type Manifest = { modules: Array<{ declarations?: Array<{ members?: Array<{ privacy?: string }> }> }> };

/** Autodocs show the public interface only: private and protected members are left out. */
function publicOnly(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) => ({ ...d, members: d.members?.filter((m) => !m.privacy || m.privacy === 'public') })),
    })),
  };
}

// Autodocs: attributes, properties, events, slots, parts and CSS properties from the JSDoc.
setCustomElementsManifest(publicOnly(manifest as Manifest));

/** The DSFR's light and dark defaults, offered beside each colour picker. */
const PRESET_COLORS = ['#000091', '#8585f6', '#161616', '#cecece', '#ffffff', '#1e1e1e', '#ce0500', '#ff5655', '#18753c', '#27a658'];

/**
 * The manifest's CSS custom properties come typed `void`, which Storybook shows as an "object"
 * editor; as colour pickers (`--org-color-*`, `--org-backdrop`, `--org-focus-color`) or text
 * fields instead, that `renderTag` sets on the element's style. A property typed as a union of
 * strings (`theme`: `'light' | 'dark' | 'auto'`) gets radio buttons rather than that editor.
 */
const manifestControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const typeName = String(argType.type?.name ?? '');
      if (/^'[^']*'( \| '[^']*')+( \| undefined)?$/.test(typeName)) {
        const options = typeName.match(/'[^']*'/g)!.map((literal) => literal.slice(1, -1));
        return [name, { ...argType, control: { type: 'inline-radio' }, options }];
      }
      if (argType.table?.category !== 'css custom properties') return [name, argType];
      const color = /^--org-(color-|backdrop|focus-color)/.test(name);
      const control = color ? { type: 'color', presetColors: PRESET_COLORS } : { type: 'text' };
      return [name, { ...argType, type: { name: 'string', required: false }, control }];
    }),
  );

/**
 * Each story on a page of the chosen background: the toolbar's "dark" background gives the
 * elements `theme="dark"` (through an `<org-provider>`, as a page would) and the page light
 * text; a sans-serif font, as on a real site (the preview's own is the browser's Times).
 */
const onPage: Decorator = (story, { globals, parameters }) => {
  const font = 'font-family: Marianne, system-ui, sans-serif;';
  if (parameters.backgrounds?.disable) return html`<div style=${font}>${story()}</div>`;
  const background = typeof globals.backgrounds === 'string' ? globals.backgrounds : globals.backgrounds?.value;
  const dark = background === 'dark';
  return html`<div style="${font} color: ${dark ? '#cecece' : '#161616'}">
    <org-provider theme=${dark ? 'dark' : 'light'}>${story()}</org-provider>
  </div>`;
};

const preview: Preview = {
  // The same in-memory udata as the tests and the demo, through msw.
  loaders: [
    mswLoader(async () => {
      await startMockApi();
      return worker;
    }),
  ],
  tags: ['autodocs'],
  decorators: [onPage],
  argTypesEnhancers: [manifestControls],
  parameters: {
    controls: { expanded: true },
    // The DSFR's page backgrounds; "dark" switches the elements to their dark theme.
    backgrounds: { options: { light: { name: 'Light', value: '#ffffff' }, dark: { name: 'Dark', value: '#161616' } } },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};
export default preview;
