import type { Meta, StoryObj } from '@storybook/web-components-vite';
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
export const Editor: Story = { args: { viewer: 'editor' } };
export const Admin: Story = { args: { viewer: 'admin' } };
export const Sysadmin: Story = { args: { viewer: 'sysadmin' } };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState(NEVER) };
export const ServerError: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', status: 500, times: Infinity }) };
export const DeletedOrganization: Story = { args: { organization: 'deleted' } };
