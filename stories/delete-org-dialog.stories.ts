import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, defaultArgs, mockState, playSteps, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/delete-org-dialog',
  component: 'delete-org-dialog',
  render: renderTag('delete-org-dialog'),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Admin: Story = {};
export const Sysadmin: Story = { args: { viewer: 'sysadmin' } };
/** Editors, non-members and anonymous visitors get nothing at all. */
export const Editor: Story = { args: { viewer: 'editor' } };
export const English: Story = { args: { lang: 'en' } };
/** The dialog asks for the acronym ("DREAL ARA"; the full name is accepted too), shown apart to copy. */
export const AsksForTheAcronym: Story = { tags: ['!autodocs'], play: playSteps('delete-org-dialog', '[part~="button"]') };
/** No acronym: the dialog asks for the name. */
export const AsksForTheName: Story = {
  tags: ['!autodocs'],
  args: { organization: 'large', viewer: 'sysadmin' },
  play: playSteps('delete-org-dialog', '[part~="button"]'),
};
/** A text that differs: what differs, in words and marked; nothing is sent. */
export const TypedTextDiffers: Story = {
  tags: ['!autodocs'],
  play: playSteps('delete-org-dialog', '[part~="button"]', ['[part~="confirm"]', 'DREAL ARB'], '[part~="submit"]'),
};
/** Already deleted: no button (udata would answer 410), the date instead. */
export const AlreadyDeleted: Story = { args: { organization: 'deleted', viewer: 'sysadmin' } };
export const DeletionFails: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'DELETE', status: 500, times: Infinity }),
};
