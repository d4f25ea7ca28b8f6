import type { Meta } from '@storybook/web-components-vite';
import type { FailureSpec } from '../mocks/backend.js';
import { MOCK_API_BASE, ORG_IDS, VIEWER_KEYS, mockUdata } from '../mocks/browser.js';
import { disposeAllSessions } from '../src/state/session-registry.js';

export const VIEWERS = {
  anonymous: '',
  'non-member': VIEWER_KEYS.nonMember,
  applicant: VIEWER_KEYS.applicant,
  invited: VIEWER_KEYS.invited,
  'partial editor': VIEWER_KEYS.partialEditor,
  editor: VIEWER_KEYS.editor,
  admin: VIEWER_KEYS.admin,
  sysadmin: VIEWER_KEYS.sysadmin,
} as const;

export interface StoryArgs {
  viewer: keyof typeof VIEWERS;
  organization: keyof typeof ORG_IDS;
  lang: 'fr' | 'en';
  /** Controls generated from custom-elements.json (the element's own properties). */
  [property: string]: unknown;
}

/** Controls shared by every element's stories: who looks, at which organization, in which language. */
export const commonArgTypes: Meta<StoryArgs>['argTypes'] = {
  viewer: { control: 'select', options: Object.keys(VIEWERS), description: 'Who is looking (the API key the story sends)' },
  organization: { control: 'select', options: Object.keys(ORG_IDS), description: 'Which seeded organization' },
  lang: { control: 'inline-radio', options: ['fr', 'en'] },
};

export const defaultArgs: StoryArgs = { viewer: 'admin', organization: 'certified', lang: 'fr' };

/** Renders one tag against the mock API with the story's viewer, organization and language. */
export function renderTag(tag: string, extra: Record<string, string> = {}) {
  return (args: StoryArgs) => {
    const wrapper = document.createElement('div');
    wrapper.lang = args.lang;
    wrapper.style.maxWidth = '72rem';
    const element = document.createElement(tag);
    const attributes: Record<string, string> = { 'api-base': MOCK_API_BASE, org: ORG_IDS[args.organization], ...extra };
    if (VIEWERS[args.viewer]) attributes['api-key'] = VIEWERS[args.viewer];
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    // Any other control (from the manifest: loginUrl, pageSize, redirectUrl…) sets its property;
    // a CSS custom property's (`--org-color-primary`…) sets it on the element's style.
    for (const [name, value] of Object.entries(args)) {
      if (name in commonArgTypes! || value === undefined || value === '') continue;
      if (name.startsWith('--')) element.style.setProperty(name, String(value));
      else if (isWritable(element, name)) (element as unknown as Record<string, unknown>)[name] = value;
    }
    wrapper.append(element);
    return wrapper;
  };
}

/**
 * Fresh seed data before each story, plus the failures the story asks for. Stories that
 * inject failures are tagged `!autodocs`: on a docs page every story shares one mock.
 */
export function mockState(...failures: FailureSpec[]) {
  return () => {
    mockUdata.reset();
    disposeAllSessions();
    for (const failure of failures) mockUdata.fail(failure);
  };
}

/** Never answers: the loading state stays on screen. */
export const NEVER: FailureSpec = { delayMs: 10 * 60 * 1000, times: Infinity };

/** A property the page may set (not a getter-only one such as `count`). */
function isWritable(element: object, name: string): boolean {
  for (let proto: object | null = element; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return Boolean(descriptor.set) || descriptor.writable === true;
  }
  return true;
}

/** Waits (up to 5 s) for `selector` inside the shadow root of the story's `tag`. */
async function inShadow<T extends Element>(canvas: HTMLElement, tag: string, selector: string): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${tag}: ${selector} never appeared`);
}

/**
 * A `play` function that puts a story in a state a user reaches by clicks: each step clicks
 * an element of the tag's shadow root, or gives a value to a select or a field (`[selector, value]`).
 */
export function playSteps(tag: string, ...steps: (string | [string, string])[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    for (const step of steps) {
      if (typeof step === 'string') (await inShadow<HTMLElement>(canvasElement, tag, step)).click();
      else {
        const control = await inShadow<HTMLSelectElement | HTMLInputElement>(canvasElement, tag, step[0]);
        control.value = step[1];
        const type = control instanceof HTMLSelectElement ? 'change' : 'input';
        control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
    }
  };
}
