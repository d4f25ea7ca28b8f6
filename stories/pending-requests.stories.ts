import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, defaultArgs, mockState, NEVER, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/pending-requests',
  component: 'pending-requests',
  render: renderTag('pending-requests'),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Admin: Story = {};
export const Sysadmin: Story = { args: { viewer: 'sysadmin' } };
export const EditorOnRecentUdata: Story = { args: { viewer: 'editor' } };
export const Anonymous: Story = { args: { viewer: 'anonymous' } };
export const NonMember: Story = { args: { viewer: 'non-member' } };
export const Empty: Story = { args: { organization: 'solo', viewer: 'sysadmin' } };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', path: 'membership/', ...NEVER }) };
export const ServerError: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'GET', path: 'membership/', status: 500, times: Infinity }),
};
