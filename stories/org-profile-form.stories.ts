import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, defaultArgs, mockState, NEVER, playSteps, renderTag, type StoryArgs } from './support.js';

/** Without `org` the form creates an organization; with it, it edits the profile. */
const create = renderTag('org-profile-form', { org: '' });

const meta: Meta<StoryArgs> = {
  title: 'Elements/org-profile-form',
  component: 'org-profile-form',
  render: renderTag('org-profile-form'),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const CreateLoggedIn: Story = { render: create, args: { viewer: 'non-member' } };
export const CreateAnonymous: Story = { render: create, args: { viewer: 'anonymous' } };
export const CreateEnglish: Story = { render: create, args: { viewer: 'non-member', lang: 'en' } };
/** What the form says before sending anything. */
export const CreateWithProblems: Story = {
  tags: ['!autodocs'],
  render: create,
  args: { viewer: 'non-member' },
  play: playSteps('org-profile-form', ['#profile-business_number_id', '123 456 789 01234'], '[part~="submit"]'),
};
/** Organizations that look the same, with a way to join one instead. */
export const CreateWithDuplicates: Story = {
  tags: ['!autodocs'],
  render: create,
  args: { viewer: 'non-member' },
  play: playSteps('org-profile-form', ['#profile-name', 'Direction régionale'], ['#profile-business_number_id', '13002526500013']),
};
export const CreateWithPreview: Story = {
  tags: ['!autodocs'],
  render: create,
  args: { viewer: 'non-member' },
  play: playSteps('org-profile-form', ['#profile-description', '# Qui sommes-nous\n\nLe **syndicat** publie [ses données](https://example.org).'], '[part~="preview-toggle"]'),
};
export const EditAdmin: Story = {};
export const EditSysadmin: Story = { args: { viewer: 'sysadmin' } };
export const EditEnglish: Story = { args: { lang: 'en' } };
/** Editors, members without admin rights and visitors get nothing. */
export const EditEditorSeesNothing: Story = { args: { viewer: 'editor' } };
export const EditDeletedOrganization: Story = { args: { viewer: 'sysadmin', organization: 'deleted' } };
export const EditUnsaved: Story = {
  tags: ['!autodocs'],
  play: playSteps('org-profile-form', ['#profile-acronym', 'DREAL-ARA']),
};
export const EditSaveRefused: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'PUT', status: 403, json: { message: 'You do not have the permission to modify that object.' } }),
  play: playSteps('org-profile-form', ['#profile-acronym', 'DREAL-ARA'], '[part~="submit"]'),
};
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState(NEVER) };
export const ServerError: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', status: 500, times: Infinity }) };
