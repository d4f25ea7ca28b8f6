import '../src/define.js';
import {
  METRICS_API_BASE,
  MOCK_API_BASE,
  ORG_IDS,
  ORG_OLD_SLUGS,
  VIEWER_KEYS,
  mockUdata,
  startMockApi,
  worker,
} from '../mocks/browser.js';
import type { FailureSpec } from '../mocks/backend.js';

type ViewerName = keyof typeof VIEWER_KEYS;

const controls = document.querySelector<HTMLFormElement>('#controls')!;
const realApi = document.querySelector<HTMLFormElement>('#real-api')!;
const provider = document.querySelector('org-provider')!;
/** Creates an organization: no `org`, so no provider; it gets the same API and viewer. */
const createForm = document.querySelector<HTMLElement & { apiKey?: string }>('#create-form')!;
/** The header's inbox: no `org` either (every organization of the viewer). */
const inbox = document.querySelector<HTMLElement & { apiKey?: string }>('#inbox')!;
const statesGrid = document.querySelector<HTMLElement>('.states-grid')!;
const events = document.querySelector<HTMLOListElement>('#events')!;

const STATES: Array<[string, ViewerName | '']> = [
  ['Anonyme', ''],
  ['Non-membre', 'nonMember'],
  ['Demande en attente', 'applicant'],
  ['Invitée', 'invited'],
  ['Éditeur', 'editor'],
  ['Administratrice', 'admin'],
  ['Administratrice de la plateforme', 'sysadmin'],
];

const FAILURES: Record<string, FailureSpec> = {
  slow: { delayMs: 3000 },
  '500': { status: 500, json: { message: 'Internal Server Error' } },
  '403': { status: 403, json: { message: 'You do not have the permission to modify that object.' } },
  network: { networkError: true },
  malformed: { status: 200, text: '{"oops": ' },
};

/** What udata does behind the elements' backs, to show how they cope. */
const SCENARIOS: Record<string, () => void> = {
  // Another admin decided meanwhile: udata would still accept it, the element re-reads first.
  'handled-elsewhere': () => {
    const orgId = ORG_IDS[value('org') as keyof typeof ORG_IDS];
    const request = mockUdata.data.requests.find((r) => r.org === orgId && r.kind === 'request' && r.status === 'pending');
    if (request) request.status = 'refused';
  },
  'duplicate-invitation': () => {
    const chloe = mockUdata.userByKey(VIEWER_KEYS.nonMember)!;
    mockUdata.handle({
      method: 'POST',
      url: `${MOCK_API_BASE}organizations/${ORG_IDS.certified}/member/`,
      headers: { 'X-API-KEY': VIEWER_KEYS.admin },
      body: { user: chloe.id, role: 'editor' },
    });
  },
  renamed: () => provider.setAttribute('org', ORG_OLD_SLUGS.certified),
};

function value(name: string): string {
  return (controls.elements.namedItem(name) as HTMLSelectElement).value;
}

function applyMockSettings() {
  const orgId = ORG_IDS[value('org') as keyof typeof ORG_IDS];
  const viewer = value('viewer') as ViewerName | '';
  document.documentElement.lang = value('lang');
  provider.setAttribute('api-base', MOCK_API_BASE);
  provider.setAttribute('org', orgId);
  createForm.setAttribute('api-base', MOCK_API_BASE);
  inbox.setAttribute('api-base', MOCK_API_BASE);
  // The simulated metrics API (visits, downloads) beside the simulated udata.
  document.querySelector('org-dashboard')!.setAttribute('metrics-base', METRICS_API_BASE);
  for (const element of [provider, createForm, inbox]) {
    if (viewer) element.setAttribute('api-key', VIEWER_KEYS[viewer]);
    else element.removeAttribute('api-key');
  }
  renderStates(orgId);
}

/** The compact elements once per viewer, each with its own key, so every state shows at once. */
function renderStates(orgId: string) {
  statesGrid.replaceChildren(
    ...STATES.map(([label, viewer]) => {
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = label;
      const elements = ['join-request-button', 'pending-requests'].map((tag) => {
        const element = document.createElement(tag);
        element.setAttribute('api-base', MOCK_API_BASE);
        element.setAttribute('org', orgId);
        if (viewer) element.setAttribute('api-key', VIEWER_KEYS[viewer]);
        return element;
      });
      figure.append(caption, ...elements);
      return figure;
    }),
  );
}

function logEvent(event: Event) {
  const item = document.createElement('li');
  const detail = (event as CustomEvent).detail;
  item.textContent = `${new Date().toLocaleTimeString()} ${event.type} ${JSON.stringify(detail)}`;
  events.prepend(item);
}

const EVENTS = [
  'org-join-requested',
  'org-invitation-accepted',
  'org-invitation-refused',
  'org-requests-count',
  'org-request-accepted',
  'org-request-refused',
  'org-member-invited',
  'org-member-added',
  'org-member-role-changed',
  'org-member-removed',
  'org-member-assignments-changed',
  'org-invitation-canceled',
  'org-invitation-resent',
  'org-deleted',
  'org-created',
  'org-updated',
  'org-logo-changed',
  'org-notifications-count',
  'org-notification-read',
  'org-error',
];
for (const type of EVENTS) document.addEventListener(type, logEvent);

// The guide's envelope: a host page shows the request count next to its own heading.
document.addEventListener('org-requests-count', (event) => {
  if ((event.target as Element).closest('org-provider')) {
    document.querySelector('#requests-count')!.textContent = `(${event.detail.count})`;
  }
});

controls.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement;
  if (target.name === 'failure') {
    if (target.value) mockUdata.fail({ ...FAILURES[target.value], method: 'POST' });
    return;
  }
  if (target.name === 'scenario') {
    SCENARIOS[target.value]?.();
    return;
  }
  applyMockSettings();
});

realApi.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(realApi);
  await worker.stop();
  statesGrid.replaceChildren();
  provider.setAttribute('api-base', String(data.get('apiBase')));
  provider.setAttribute('org', String(data.get('org')));
  const key = String(data.get('apiKey') ?? '');
  // A real API: data.gouv.fr's metrics for data.gouv.fr's API, none otherwise.
  document.querySelector('org-dashboard')!.removeAttribute('metrics-base');
  // The key goes to the element's property, never into an attribute of the page.
  provider.removeAttribute('api-key');
  (provider as HTMLElement & { apiKey?: string }).apiKey = key || undefined;
  for (const element of [createForm, inbox]) {
    element.setAttribute('api-base', String(data.get('apiBase')));
    element.removeAttribute('api-key');
    element.apiKey = key || undefined;
  }
});

document.querySelector('#back-to-mock')!.addEventListener('click', async () => {
  (provider as HTMLElement & { apiKey?: string }).apiKey = undefined;
  createForm.apiKey = inbox.apiKey = undefined;
  await worker.start({ quiet: true });
  applyMockSettings();
});

await startMockApi();
applyMockSettings();
