import { fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgNotifications } from '../../src/components/org-notifications/org-notifications.js';
import { addNotification, type MockNotificationDetails } from '../../mocks/notifications.js';
import { waitFor } from '../support/dom.js';
import { MOCK_API_BASE, mockUdata, VIEWER_KEYS } from '../support/mock-api.js';

export const SITE = 'https://www.data.gouv.fr';

/** The inbox as a page header holds it: no `org` unless given. */
export function mountInbox(
  /** `''`: an anonymous visitor. */
  apiKey: string = VIEWER_KEYS.admin,
  { lang = 'fr', org = '', refresh = '120' }: { lang?: string; org?: string; refresh?: string } = {},
): OrgNotifications {
  const wrapper = fixtureSync(
    html`<header lang=${lang}>
      <org-notifications
        api-base=${MOCK_API_BASE}
        api-key=${apiKey ?? ''}
        org=${org}
        site-url=${SITE}
        refresh-interval=${refresh}
      ></org-notifications>
      <a href="#elsewhere" id="elsewhere">Ailleurs</a>
    </header>`,
  );
  return wrapper.querySelector('org-notifications')!;
}

export const button = (el: OrgNotifications) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;

/** Opens the panel with the button and waits for its first notification. */
export async function openPanel(el: OrgNotifications): Promise<HTMLElement> {
  (await waitFor<HTMLButtonElement>(el, '[part~="button"]')).click();
  await waitFor(el, '[part~="notification"]');
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
}

export const items = (el: OrgNotifications) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notification"]')];

export const itemWith = (el: OrgNotifications, text: string) => {
  const found = items(el).find((item) => item.textContent!.includes(text));
  if (!found)
    throw new Error(
      `no notification says "${text}": ${items(el)
        .map((i) => i.textContent!.trim().replace(/\s+/g, ' '))
        .join(' | ')}`,
    );
  return found;
};

/** Adds a notification for the user of `apiKey`, now (newest first). */
export function notify(
  apiKey: string,
  details: MockNotificationDetails,
  fields: { created_at?: string; handled_at?: string | null } = {},
) {
  const user = mockUdata.userByKey(apiKey)!;
  return addNotification(mockUdata, user.id, details, { created_at: new Date().toISOString(), ...fields });
}

/** The unread count the user of `apiKey` has on the server. */
export const unreadOnServer = (apiKey: string) =>
  mockUdata.data.notifications.filter((n) => n.user === mockUdata.userByKey(apiKey)!.id && !n.handled_at).length;

/**
 * Says the page is visible or hidden, as a person's tab would be (the runner's tabs may be in
 * the background); `restorePage()` gives the browser's own answer back.
 */
export function showPage(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restorePage(): void {
  delete (document as { visibilityState?: string }).visibilityState;
}
