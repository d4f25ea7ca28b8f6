/**
 * `dist/udata-org-elements.loader.js`: one `<script type="module">` that defines each tag
 * only once the page uses it — present at load, added later, or rendered inside the shadow
 * root of one of our own elements — by importing that tag's module from next to itself
 * (relative imports resolve against this file's URL, so any CDN that serves the package
 * serves them). Shared code comes in shared chunks, fetched once whatever the number of tags.
 * A tag the page (or the one-file bundle) already defined is left alone.
 *
 * `<org-dashboard>` comes with its header's tags only; it defines the tags of its cards itself
 * once its first datasets are on screen (`components/org-dashboard/card-tags.ts`).
 */

const MODULES: Record<string, () => Promise<unknown>> = {
  'org-provider': () => import('./components/org-provider/define.js'),
  'join-request-button': () => import('./components/join-request-button/define.js'),
  'pending-requests': () => import('./components/pending-requests/define.js'),
  'org-members': () => import('./components/org-members/define.js'),
  'delete-org-dialog': () => import('./components/delete-org-dialog/define.js'),
  'org-dashboard': () => import('./components/org-dashboard/define-first.js'),
  'org-profile-form': () => import('./components/org-profile-form/define.js'),
  'org-notifications': () => import('./components/org-notifications/define.js'),
  'org-transfers': () => import('./components/org-transfers/define.js'),
  'org-activity': () => import('./components/org-activity/define.js'),
  'org-stats': () => import('./components/org-stats/define.js'),
};
const TAGS = Object.keys(MODULES);
const SELECTOR = TAGS.join(',');

/** Tags asked for (each imported once, even if asked again while it loads). */
const requested = new Set<string>();
/** Roots watched: the document and our elements' shadow roots. */
const watched = new WeakSet<Node>();

function request(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (customElements.get(tag)) return;
  MODULES[tag]().catch((error: unknown) => {
    // A later insertion tries again.
    requested.delete(tag);
    console.error(`udata-org-elements: <${tag}> could not be loaded.`, error);
  });
}

/** Our element `element`: its tag is loaded, and once it renders, its shadow root is watched. */
function found(element: Element): void {
  const tag = element.localName;
  request(tag);
  void customElements.whenDefined(tag).then(() => {
    if (element.shadowRoot) watch(element.shadowRoot);
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) found(root);
  root.querySelectorAll(SELECTOR).forEach(found);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => {
      if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
    });
  }
});

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

watch(document);
