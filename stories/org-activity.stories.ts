import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, defaultArgs, mockState, NEVER, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/org-activity',
  component: 'org-activity',
  render: renderTag('org-activity', { 'site-url': 'https://www.data.gouv.fr' }),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

/** Thirteen months of who changed what, grouped by month. */
export const Admin: Story = {};
export const Editor: Story = { args: { viewer: 'editor' } };
/** Members only: others are told so. */
export const NonMember: Story = { args: { viewer: 'non-member' } };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', path: 'activity/', ...NEVER }) };
export const ServerError: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'GET', path: 'activity/', status: 500, times: Infinity }),
};
