import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, defaultArgs, mockState, NEVER, playSteps, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/org-members',
  component: 'org-members',
  render: renderTag('org-members'),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Admin: Story = {};
export const Sysadmin: Story = { args: { viewer: 'sysadmin' } };
export const Editor: Story = { args: { viewer: 'editor' } };
export const Anonymous: Story = { args: { viewer: 'anonymous' } };
export const NonMember: Story = { args: { viewer: 'non-member' } };
export const LargeOrganization: Story = { args: { organization: 'large', viewer: 'anonymous' } };
export const LastAdmin: Story = { args: { organization: 'solo', viewer: 'sysadmin' } };
export const English: Story = { args: { lang: 'en' } };
/**
 * In a 360 px column (a phone, or a narrow column of a wide page: the table follows its own
 * width): each member is a card, the name first, the role and "Retirer" with it.
 */
export const NarrowColumn: Story = {
  render: (args) => {
    const frame = document.createElement('div');
    frame.style.width = '360px';
    frame.append(renderTag('org-members')(args));
    return frame;
  },
};
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState(NEVER) };
export const ServerError: Story = { tags: ['!autodocs'], beforeEach: mockState({ method: 'GET', status: 500, times: Infinity }) };
export const PartialEditorViewer: Story = { args: { viewer: 'partial editor' } };
/** The invitation dialog with partial editor chosen: the assignment picker and its warning. */
export const InviteAsPartialEditor: Story = {
  tags: ['!autodocs'],
  play: playSteps('org-members', '[part~="add"]', 'input[name="add-role"][value="partial_editor"]'),
};
/** An admin changes what a partial editor may edit: the picker starts from their objects. */
export const EditAssignments: Story = { tags: ['!autodocs'], play: playSteps('org-members', '[part~="edit-assignments"]') };
/** A role chosen and not applied yet: "Apply" and "Cancel" in the row, nothing sent. */
export const RoleChosen: Story = {
  tags: ['!autodocs'],
  play: playSteps('org-members', ['tr:has([part~="role-select"] option[value="editor"]:checked) [part~="role-select"]', 'admin']),
};
/** The warning before a partial editor's role changes (their assignments go; the content stays). */
export const PartialEditorRoleChange: Story = {
  tags: ['!autodocs'],
  play: playSteps(
    'org-members',
    ['tr:has([part~="edit-assignments"]) [part~="role-select"]', 'editor'],
    'tr:has([part~="edit-assignments"]) [part~="apply-role"]',
  ),
};
/** An admin about to give up her own admin role: told what she will no longer be able to do. */
export const OwnRoleChange: Story = {
  tags: ['!autodocs'],
  play: playSteps(
    'org-members',
    ['tr:has(.member > .hint) [part~="role-select"]', 'editor'],
    'tr:has(.member > .hint) [part~="apply-role"]',
  ),
};
/** The confirmation before an invitation is canceled. */
export const CancelInvitation: Story = { tags: ['!autodocs'], play: playSteps('org-members', '[part~="cancel-invitation"]') };
/**
 * The invitation dialog with a person chosen: a chip (initials, name, slug, masked e-mail) and
 * its "×" ("Retirer Chloé Dubois"); "An e-mail address" would replace it, never add to it.
 */
export const InviteChosenUser: Story = {
  tags: ['!autodocs'],
  play: playSteps('org-members', '[part~="add"]', ['[part~="user-search"]', 'chloe-dubois'], '[role="option"]'),
};
/**
 * The search's suggestions: namesakes told apart by slug and e-mail; Inès, already invited, is
 * marked "(invitation en attente)" and cannot be chosen (the play clicks her: nothing happens).
 */
export const InviteSuggestions: Story = {
  tags: ['!autodocs'],
  play: playSteps('org-members', '[part~="add"]', ['[part~="user-search"]', 'garnier'], '[role="option"]'),
};
