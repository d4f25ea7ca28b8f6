import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, defaultArgs, mockState, NEVER, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/org-transfers',
  component: 'org-transfers',
  render: renderTag('org-transfers', { 'site-url': 'https://www.data.gouv.fr' }),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

/** An admin: a dataset Chloé Dubois offers the organization, to accept or refuse. */
export const Admin: Story = {};
/** An editor: the same list, read-only, and their own datasets and reuses to bring. */
export const Editor: Story = { args: { viewer: 'editor' } };
/** Someone outside the organization: their dataset already offered is marked. (Anonymous visitors get nothing: no story.) */
export const NonMember: Story = { args: { viewer: 'non-member' } };
export const English: Story = { args: { lang: 'en', viewer: 'editor' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', path: 'transfer/', ...NEVER }) };
export const ServerError: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'GET', path: 'transfer/', status: 500, times: Infinity }),
};
