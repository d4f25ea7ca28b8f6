import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockUdata, ORG_IDS } from '../mocks/browser.js';
import { commonArgTypes, defaultArgs, mockState, NEVER, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/join-request-button',
  component: 'join-request-button',
  render: renderTag('join-request-button'),
  argTypes: commonArgTypes,
  args: { ...defaultArgs, viewer: 'non-member' },
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const NonMember: Story = {};
export const Anonymous: Story = { args: { viewer: 'anonymous' } };
/** Any property of the element is a control too: here `loginUrl`. */
export const CustomLoginUrl: Story = { args: { viewer: 'anonymous', loginUrl: 'https://sso.example.org/login' } };
export const PendingRequest: Story = { args: { viewer: 'applicant' } };
/** Invited by the organization's admins: accept or decline, never "ask to join". */
export const Invited: Story = { args: { viewer: 'invited' } };
/** Invited as partial editor: the panel says how many datasets, reuses and APIs they would edit. */
export const InvitedAsPartialEditor: Story = {
  tags: ['!autodocs'],
  args: { viewer: 'invited' },
  beforeEach: () => {
    mockState()();
    const invitation = mockUdata.data.requests.find((r) => r.kind === 'invitation' && r.org === ORG_IDS.certified)!;
    const datasets = mockUdata.data.datasets.filter((d) => d.org === ORG_IDS.certified).slice(0, 2);
    const reuses = mockUdata.data.reuses.filter((r) => r.org === ORG_IDS.certified).slice(0, 1);
    Object.assign(invitation, {
      role: 'partial_editor',
      assignments: [
        ...datasets.map((d) => ({ class: 'Dataset', id: d.id })),
        ...reuses.map((r) => ({ class: 'Reuse', id: r.id })),
      ],
    });
  },
};
/** In a narrow column (a sidebar): the two answers stay on one row of their own. */
export const InvitedInANarrowColumn: Story = {
  args: { viewer: 'invited' },
  render: (args) => {
    const wrapper = renderTag('join-request-button')(args);
    wrapper.style.maxWidth = '14rem';
    return wrapper;
  },
};
export const Editor: Story = { args: { viewer: 'editor' } };
export const Admin: Story = { args: { viewer: 'admin' } };
export const Sysadmin: Story = { args: { viewer: 'sysadmin' } };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState(NEVER) };
export const ServerError: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', status: 500, times: Infinity }) };
export const DeletedOrganization: Story = { args: { organization: 'deleted' } };
