import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MOCK_API_BASE, ORG_IDS, VIEWER_KEYS, mockUdata } from '../mocks/browser.js';
import { addEveryKind } from '../mocks/seed-notifications.js';
import { commonArgTypes, defaultArgs, mockState, NEVER, VIEWERS, type StoryArgs } from './support.js';

interface InboxArgs extends StoryArgs {
  /** Every organization of the viewer (a site header), or only the story's organization. */
  scope: 'every organization' | 'one organization';
  open: boolean;
}

/** The inbox as a header holds it: right-aligned, the panel opening under the button. */
function renderInbox(args: InboxArgs) {
  const header = document.createElement('header');
  header.lang = args.lang;
  header.style.cssText = 'display:flex;justify-content:flex-end;align-items:flex-start;min-height:36rem;max-width:60rem';
  const inbox = document.createElement('org-notifications');
  inbox.setAttribute('api-base', MOCK_API_BASE);
  if (args.scope === 'one organization') inbox.setAttribute('org', ORG_IDS[args.organization]);
  if (VIEWERS[args.viewer]) inbox.setAttribute('api-key', VIEWERS[args.viewer]);
  inbox.setAttribute('site-url', 'https://www.data.gouv.fr');
  inbox.open = args.open;
  header.append(inbox);
  return header;
}

const meta: Meta<InboxArgs> = {
  title: 'Elements/org-notifications',
  component: 'org-notifications',
  render: renderInbox,
  argTypes: {
    ...commonArgTypes,
    scope: { control: 'inline-radio', options: ['every organization', 'one organization'] },
    open: { control: 'boolean', description: 'Whether the panel is open' },
  },
  args: { ...defaultArgs, scope: 'every organization', open: true },
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<InboxArgs>;

/** An admin's inbox: a join request to decide, a badge, a discussion, a transfer, an older read one. */
export const Admin: Story = {};
export const Closed: Story = { args: { open: false } };
/** The invited person: their invitation, accepted or declined in place. */
export const Invited: Story = { args: { viewer: 'invited' } };
export const OneOrganization: Story = { args: { scope: 'one organization' } };
/** Nothing to say. */
export const Empty: Story = { args: { viewer: 'non-member' } };
/** Every kind udata 17.6 sends, each with its sentence. (Anonymous visitors get nothing at all: no story.) */
export const EveryKind: Story = {
  beforeEach: () => {
    mockState()();
    addEveryKind(mockUdata, mockUdata.userByKey(VIEWER_KEYS.admin)!.id);
  },
};
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', path: 'notifications/', ...NEVER }) };
export const ServerError: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'GET', path: 'notifications/', status: 500, times: Infinity }),
};
