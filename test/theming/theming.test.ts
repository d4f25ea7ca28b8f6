import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { $, waitFor } from '../support/dom.js';
import { describeColors, parseColor, textContrast } from '../support/contrast.js';
import { MOCK_API_BASE, ORG_SLUGS, VIEWER_KEYS, useMockApi } from '../support/mock-api.js';

/** A page of the host's: its background and text colours, as a dark or a light site sets them. */
const DARK_PAGE = 'background:#161616;color:#fff;padding:1rem';
const LIGHT_PAGE = 'background:#fff;color:#161616;padding:1rem';

/** What a person reads in each element, by selector in its shadow root (WCAG AA: 4.5:1). */
const READ = {
  'pending-requests': ['select', 'a.link', '.date', '.comment', 'button[part="accept"]', 'button[part="refuse"]'],
  'org-members': ['input[part="filter"]', 'select[part="role-filter"]', '.hint', 'a.link', 'button[part="add"]'],
  'join-request-button': ['button[part="button"]'],
  'org-transfers': ['select[part="kind"]', 'input[part="search"]', '.meta', '[part~="transfer"] a.link', 'button[part="refuse"]'],
  'org-notifications': ['button[part="button"]', '[part~="panel"]', 'time', 'a.link', 'button[part="mark-read"]'],
} as const;

type Tag = keyof typeof READ;

/**
 * `<tag>` as an admin (a non-member for the join button) sees it, inside a page of the given
 * colours. fixtureSync, then waits on timers: `fixture` of a plain <div> waits for an animation
 * frame, which a page the runner keeps in the background may not get.
 */
async function mountOnPage(tag: Tag, page: string, theme?: string): Promise<HTMLElement> {
  const key = tag === 'join-request-button' ? VIEWER_KEYS.nonMember : VIEWER_KEYS.admin;
  const element = document.createElement(tag);
  element.setAttribute('api-base', MOCK_API_BASE);
  element.setAttribute('org', ORG_SLUGS.certified);
  element.setAttribute('api-key', key);
  if (theme) element.setAttribute('theme', theme);
  if (tag === 'org-notifications') element.setAttribute('open', '');
  const wrapper = fixtureSync(html`<div lang="fr" style=${page}>${element}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  await waitFor(el, READ[tag].at(-1)!);
  return el;
}

function assertReadable(el: Element, selectors: readonly string[]): void {
  for (const selector of selectors) {
    const target = $(el, selector);
    expect(target, `${el.localName} ${selector}`).to.exist;
    expect(textContrast(target!), `${el.localName} ${selector}: ${describeColors(target!)}`).to.be.at.least(4.5);
  }
}

const scheme = (el: Element, selector: string) => getComputedStyle($(el, selector)!).colorScheme;

/** Opens the join dialog and checks what it shows: its text, the field, the buttons. */
async function assertDialogReadable(el: HTMLElement): Promise<HTMLDialogElement> {
  $(el, 'button[part="button"]')!.click();
  const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
  assertReadable(el, ['dialog[open]', 'dialog[open] textarea', 'button[part="submit"]', 'button[part="cancel"]']);
  return dialog;
}

describe('theming', () => {
  useMockApi();

  describe('a dark page, theme="dark"', () => {
    for (const tag of Object.keys(READ) as Tag[]) {
      it(`<${tag}>: fields, links, buttons and muted text are readable`, async () => {
        const el = await mountOnPage(tag, DARK_PAGE, 'dark');
        assertReadable(el, READ[tag]);
      });
    }

    it('fields and the popups of selects are dark (color-scheme), the dialog too', async () => {
      const members = await mountOnPage('org-members', DARK_PAGE, 'dark');
      expect(scheme(members, 'select[part="role-filter"]')).to.equal('dark');
      expect(parseColor(getComputedStyle($(members, 'input[part="filter"]')!).backgroundColor)).to.deep.equal([36, 36, 36, 1]);
      const join = await mountOnPage('join-request-button', DARK_PAGE, 'dark');
      const dialog = await assertDialogReadable(join);
      expect(parseColor(getComputedStyle(dialog).backgroundColor)).to.deep.equal([30, 30, 30, 1]);
    });

    it("the join button's log-in link (anonymous visitor) is readable on the page", async () => {
      const element = document.createElement('join-request-button');
      element.setAttribute('api-base', MOCK_API_BASE);
      element.setAttribute('org', ORG_SLUGS.certified);
      element.setAttribute('theme', 'dark');
      fixtureSync(html`<div lang="fr" style=${DARK_PAGE}>${element}</div>`);
      await waitFor(element, 'a[part="login-link"]');
      assertReadable(element, ['a[part="login-link"]']);
    });

    it('passes axe, colour contrast included', async () => {
      const el = await mountOnPage('pending-requests', DARK_PAGE, 'dark');
      await expect(el).to.be.accessible();
    });

    it("the page's --org-color-primary wins over the dark default", async () => {
      const el = await mountOnPage('pending-requests', DARK_PAGE, 'dark');
      el.style.setProperty('--org-color-primary', 'rgb(255, 204, 0)');
      expect(getComputedStyle($(el, 'a.link')!).color).to.equal('rgb(255, 204, 0)');
    });
  });

  describe('a light page, no theme (the default)', () => {
    for (const tag of Object.keys(READ) as Tag[]) {
      it(`<${tag}>: fields, links, buttons and muted text are readable`, async () => {
        const el = await mountOnPage(tag, LIGHT_PAGE);
        assertReadable(el, READ[tag]);
        expect(scheme(el, READ[tag][0])).to.equal('light');
      });
    }

    it('the dialog is readable', async () => {
      await assertDialogReadable(await mountOnPage('join-request-button', LIGHT_PAGE));
    });

    it('passes axe', async () => {
      await expect(await mountOnPage('pending-requests', LIGHT_PAGE)).to.be.accessible();
    });
  });

  describe('a dark page, no theme', () => {
    it('fields paint their own text and background: no light text on a white field', async () => {
      const el = await mountOnPage('org-members', DARK_PAGE);
      assertReadable(el, ['input[part="filter"]', 'select[part="role-filter"]']);
      const requests = await mountOnPage('pending-requests', DARK_PAGE);
      assertReadable(requests, ['select']);
    });
  });

  describe('inherited from <org-provider theme>', () => {
    it('reaches every element inside that sets no theme; theme="light" on one of them wins', async () => {
      const wrapper = fixtureSync(
        html`<div lang="fr" style=${DARK_PAGE}>
          <org-provider theme="dark" api-base=${MOCK_API_BASE} org=${ORG_SLUGS.certified} api-key=${VIEWER_KEYS.admin}>
            <p>
              The page's own text
              <select id="own">
                <option>page</option>
              </select>
            </p>
            <org-members></org-members>
            <pending-requests theme="light"></pending-requests>
          </org-provider>
        </div>`,
      );
      const members = wrapper.querySelector('org-members')!;
      const requests = wrapper.querySelector('pending-requests')!;
      await waitFor(members, 'a.link');
      await waitFor(requests, 'select');
      assertReadable(members, READ['org-members']);
      expect(scheme(members, 'select[part="role-filter"]')).to.equal('dark');
      expect(scheme(requests, 'select')).to.equal('light');
      assertReadable(requests, ['select']);
      // The provider gives its theme to the elements, not to the page around them.
      expect(getComputedStyle(wrapper.querySelector('#own')!).colorScheme).to.equal('normal');
    });

    it('reaches the join button the dashboard renders for a non-member', async () => {
      const wrapper = fixtureSync(
        html`<div lang="fr" style=${DARK_PAGE}>
          <org-dashboard
            theme="dark"
            api-base=${MOCK_API_BASE}
            org=${ORG_SLUGS.certified}
            api-key=${VIEWER_KEYS.nonMember}
          ></org-dashboard>
        </div>`,
      );
      const dashboard = wrapper.querySelector('org-dashboard')!;
      const join = await waitFor(dashboard, 'join-request-button');
      await waitFor(join, 'button[part="button"]');
      expect(scheme(join, 'button[part="button"]')).to.equal('dark');
      assertReadable(join, ['button[part="button"]']);
    });
  });

  describe('theme="auto", and print (emulated media)', () => {
    let emulates = true;
    before(async () => {
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch (error) {
        emulates = false;
        console.warn(`skipped: this runner cannot emulate prefers-color-scheme (${String(error).slice(0, 120)})`);
      }
    });
    after(async () => {
      if (emulates) await emulateMedia({ colorScheme: 'light' });
    });

    it('is dark in a dark system, light in a light one', async function () {
      if (!emulates) this.skip();
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await mountOnPage('org-members', DARK_PAGE, 'auto');
      expect(scheme(dark, 'input[part="filter"]')).to.equal('dark');
      assertReadable(dark, READ['org-members']);
      await emulateMedia({ colorScheme: 'light' });
      const light = await mountOnPage('org-members', LIGHT_PAGE, 'auto');
      expect(scheme(light, 'input[part="filter"]')).to.equal('light');
      assertReadable(light, READ['org-members']);
    });

    it('prints light, whatever the theme (paper has no dark background)', async function () {
      if (!emulates) this.skip();
      await emulateMedia({ media: 'print' });
      try {
        const el = await mountOnPage('org-members', LIGHT_PAGE, 'dark');
        expect(scheme(el, 'input[part="filter"]')).to.equal('light');
        assertReadable(el, READ['org-members']);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('no theme stays light in a dark system', async function () {
      if (!emulates) this.skip();
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mountOnPage('org-members', LIGHT_PAGE);
      expect(scheme(el, 'input[part="filter"]')).to.equal('light');
      assertReadable(el, READ['org-members']);
    });
  });
});
