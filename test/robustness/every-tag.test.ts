/**
 * What every tag owes a page, checked the same way for each (as Shoelace's and Lion's shared
 * suites do): a refused key, a server error then Retry, a deleted organization, exactly one
 * `org-error` per failure, and the language of the page.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { textOf } from '../support/dom.js';
import { MOCK_API_BASE, ORG_IDS, ORG_SLUGS, VIEWER_KEYS, mockUdata, useMockApi } from '../support/mock-api.js';

/** Each tag with an organization, as an admin would embed it (the dashboard composes the others). */
const TAGS = [
  'join-request-button',
  'org-members',
  'pending-requests',
  'org-dashboard',
  'org-profile-form',
  'org-notifications',
  'org-transfers',
  'org-activity',
  'org-stats',
] as const;

/**
 * The inbox is the viewer's, not the organization's: it reads its own endpoint, and keeps
 * working when the organization cannot be read (it only filters on it). Opened, so that its
 * panel shows what it says.
 */
const INBOX = 'org-notifications';
const ownPath = (tag: string) => (tag === INBOX ? 'notifications/' : `organizations/${ORG_SLUGS.certified}/`);

function mount(tag: string, apiKey: string, { org = ORG_SLUGS.certified as string, lang = 'fr' } = {}) {
  const wrapper = fixtureSync(
    html`<div lang=${lang}>
      ${staticHtml`<${unsafeStatic(tag)} api-base=${MOCK_API_BASE} org=${org} api-key=${apiKey} ?open=${tag === INBOX}></${unsafeStatic(tag)}>`}
    </div>`,
  );
  return wrapper.firstElementChild as HTMLElement;
}

/** Counts the `org-error` events of the page. */
function collectErrors() {
  const seen: Array<{ status: number; action: string }> = [];
  const listener = (e: Event) => seen.push((e as CustomEvent).detail);
  document.addEventListener('org-error', listener);
  return { seen, stop: () => document.removeEventListener('org-error', listener) };
}

const alertOf = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');

describe('every tag', () => {
  useMockApi();
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('a refused key: says so in the page’s language, and tells the page once', async () => {
        const errors = collectErrors();
        try {
          const el = mount(tag, 'not-a-valid-key');
          await waitUntil(() => alertOf(el), 'an alert');
          expect(alertOf(el)!.textContent).to.match(/clé|connect|session|autoris/i);
          await new Promise((resolve) => setTimeout(resolve, 200));
          expect(errors.seen.filter((e) => e.status === 401)).to.have.length(1);
        } finally {
          errors.stop();
        }
      });

      it('a server error, then Retry: the element recovers', async () => {
        mockUdata.fail({ method: 'GET', path: ownPath(tag), status: 500 });
        const errors = collectErrors();
        try {
          const el = mount(tag, VIEWER_KEYS.admin);
          await waitUntil(() => alertOf(el)?.querySelector('button'), 'an alert with Retry');
          expect(errors.seen.filter((e) => e.status === 500)).to.have.length(1);
          alertOf(el)!.querySelector('button')!.click();
          await waitUntil(() => !alertOf(el) && textOf(el) !== '' && !textOf(el).includes('Chargement'), 'recovered', {
            timeout: 5000,
          });
        } finally {
          errors.stop();
        }
      });

      it('a deleted organization is said, not shown as a failure to retry', async function () {
        if (tag === INBOX) this.skip(); // the viewer's inbox does not depend on it (see ownPath)
        const el = mount(tag, VIEWER_KEYS.admin, { org: ORG_IDS.deleted });
        await waitUntil(() => textOf(el).length > 0 && !textOf(el).includes('Chargement'), 'settled');
        expect(textOf(el)).to.match(/supprimée/i);
        expect(alertOf(el)?.querySelector('button')?.textContent ?? '').not.to.include('Réessayer');
      });

      it('speaks the page’s language', async () => {
        const el = mount(tag, VIEWER_KEYS.admin, { lang: 'en' });
        await waitUntil(() => textOf(el).length > 0 && !/Chargement|Loading/.test(textOf(el)), 'rendered');
        expect(textOf(el)).not.to.match(/\b(Chargement|Réessayer|Ajouter|Demander|Accepter|Transférer)\b/);
      });
    });
  }
});
