import { fixture, html } from '@open-wc/testing';
import { mockUdata, MOCK_API_BASE, ORG_OLD_SLUGS, ORG_SLUGS, startMockApi } from '../../mocks/browser.js';
import { disposeAllSessions } from '../../src/state/session-registry.js';

export { mockUdata, MOCK_API_BASE };
export { VIEWER_KEYS, ORG_IDS, ORG_SLUGS, ORG_OLD_SLUGS, HOSTILE } from '../../mocks/browser.js';

/**
 * Starts the in-memory udata for this test file and resets its data between tests; after each
 * test, checks that no payload from the API ran.
 */
export function useMockApi(): void {
  before(async () => {
    await startMockApi();
  });
  beforeEach(() => {
    mockUdata.reset();
    // The server's data starts over: so must what elements remember of it.
    disposeAllSessions();
  });
  // The seed's names, comments and descriptions carry script payloads (HOSTILE): none may run.
  afterEach(() => {
    const pwned = (window as { __pwned?: unknown }).__pwned;
    delete (window as { __pwned?: unknown }).__pwned;
    if (pwned !== undefined) throw new Error('a payload from the API ran in the page (window.__pwned was set)');
  });
}

/** One element on the mock API, as a page would write it: `<tag api-base org api-key>`. */
export async function mountOnMock<T extends HTMLElement>(
  tag: string,
  apiKey?: string,
  org: string = ORG_SLUGS.certified,
): Promise<T> {
  const element = document.createElement(tag);
  element.setAttribute('api-base', MOCK_API_BASE);
  element.setAttribute('org', org);
  if (apiKey) element.setAttribute('api-key', apiKey);
  return fixture<T>(html`${element}`);
}

let redirectsProbe: Promise<boolean> | undefined;

/**
 * Whether this browser follows a redirect that msw's service worker makes up for a
 * cross-origin request. WebKit does not ("Load failed"), though it follows the same redirect
 * over real HTTP: tests that need one skip there, saying so, and `test/dist/one-script-tag.test.ts`
 * checks the same behaviour in every engine against a real server.
 */
export async function mockRedirectsWork(): Promise<boolean> {
  redirectsProbe ??= fetch(`${MOCK_API_BASE}organizations/${ORG_OLD_SLUGS.certified}/`, { cache: 'no-store' }).then(
    (response) => response.ok,
    () => false,
  );
  const works = await redirectsProbe;
  mockUdata.reset(); // the probe is not part of the test's requests
  if (!works) console.warn('skipped: this browser does not follow redirects made up by msw (tested over HTTP in test/dist)');
  return works;
}
