import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { MOCK_API_BASE, ORG_IDS, VIEWER_KEYS } from '../mocks/browser.js';
import { mockState } from './support.js';

interface ThemingArgs {
  lang: 'fr' | 'en';
  /** `--org-color-primary` of the brand story. */
  brand: string;
  /** `--org-color-primary-hover` of the brand story. */
  brandHover: string;
}

interface Page {
  /** What the story shows, said above the elements. */
  title: string;
  theme?: 'light' | 'dark' | 'auto';
  /** The host page's own colours and any `--org-*` it sets. */
  style: string;
}

/**
 * A host page: its own background and text, an `<org-provider>` that gives the theme to every
 * element inside — the join button as a non-member sees it, and, through a nested provider
 * that gives them the admin's key, the requests and the members.
 */
function page({ title, theme, style }: Page, args: ThemingArgs) {
  const on = { api: MOCK_API_BASE, org: ORG_IDS.certified };
  return html`<section lang=${args.lang} style="padding: 1.5rem; min-height: 100vh; box-sizing: border-box; ${style}">
    <h1 style="margin-top: 0; font-size: 1.25rem">${title}</h1>
    <org-provider theme=${theme ?? nothing}>
      <p>The page's own text and <a href="#top" style="color: inherit">link</a>, around <code>join-request-button</code>:</p>
      <join-request-button api-base=${on.api} org=${on.org} api-key=${VIEWER_KEYS.nonMember}></join-request-button>
      <org-provider api-base=${on.api} org=${on.org} api-key=${VIEWER_KEYS.admin}>
        <h2 style="font-size: 1.125rem">pending-requests</h2>
        <pending-requests></pending-requests>
        <h2 style="font-size: 1.125rem">org-members</h2>
        <org-members></org-members>
      </org-provider>
    </org-provider>
  </section>`;
}

/**
 * The `theme` attribute (`light`, the default; `dark`; `auto`) and the `--org-*` custom
 * properties, set once on an `<org-provider>`: every element inside follows. The README's
 * "Theming" section lists every property with its light and dark default.
 */
const meta: Meta<ThemingArgs> = {
  title: 'Guides/Theming',
  args: { lang: 'fr', brand: '#006a6a', brandHover: '#008080' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    brand: { control: 'color', description: '`--org-color-primary` (the brand story)' },
    brandHover: { control: 'color', description: '`--org-color-primary-hover` (the brand story)' },
  },
  beforeEach: mockState(),
  // Each story paints its own page: the toolbar's background does not apply.
  parameters: { layout: 'fullscreen', backgrounds: { disable: true } },
};
export default meta;
type Story = StoryObj<ThemingArgs>;

/** No `theme`: light, whatever the visitor's system (a light page in a dark-mode system stays light). */
export const LightPage: Story = {
  render: (args) => page({ title: 'A light page, no theme (light)', style: 'background: #fff; color: #161616' }, args),
};

/** `theme="dark"` on the provider: DSFR's dark palette for fields, dialogs, links, buttons and notices. */
export const DarkPage: Story = {
  render: (args) =>
    page({ title: 'A dark page, theme="dark"', theme: 'dark', style: 'background: #161616; color: #cecece' }, args),
};

/** The page's brand colour for buttons, links and the active option, in the light theme. */
export const BrandColour: Story = {
  render: (args) =>
    page(
      {
        title: 'A brand colour: --org-color-primary, --org-color-primary-hover, --org-radius',
        style: `background: #fff; color: #161616; --org-color-primary: ${args.brand}; --org-color-primary-hover: ${args.brandHover}; --org-radius: 0`,
      },
      args,
    ),
};

/**
 * `theme="auto"`: dark when the visitor's system is (`prefers-color-scheme`). The page here
 * follows the system too, as a page that offers both schemes does.
 */
export const Auto: Story = {
  render: (args) => html`<style>
      .auto-page {
        background: #fff;
        color: #161616;
      }
      @media (prefers-color-scheme: dark) {
        .auto-page {
          background: #161616;
          color: #cecece;
        }
      }
    </style>
    <div class="auto-page">${page({ title: 'theme="auto": follows the system', theme: 'auto', style: '' }, args)}</div>`,
};
