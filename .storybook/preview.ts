import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
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

const preview: Preview = {
  // The same in-memory udata as the tests and the demo, through msw.
  loaders: [
    mswLoader(async () => {
      await startMockApi();
      return worker;
    }),
  ],
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
};
export default preview;
