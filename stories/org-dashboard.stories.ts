import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ORG_IDS, mockUdata } from '../mocks/browser.js';
import { oid } from '../mocks/seed.js';
import { commonArgTypes, defaultArgs, mockState, playSteps, NEVER, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/org-dashboard',
  component: 'org-dashboard',
  render: renderTag('org-dashboard'),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: mockState(),
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Admin: Story = {};
export const Sysadmin: Story = { args: { viewer: 'sysadmin' } };
/** udata that sends `permissions` refuses editors the requests: no requests card. */
export const Editor: Story = { args: { viewer: 'editor' } };
/** Older udata (no `permissions`) lets editors read the requests. */
export const EditorOnOlderServer: Story = {
  tags: ['!autodocs'],
  args: { viewer: 'editor' },
  beforeEach: () => {
    mockState()();
    mockUdata.flavour.sendsPermissions = false;
    mockUdata.flavour.editorsMayListRequests = true;
  },
};
export const PartialEditor: Story = { args: { viewer: 'partial editor' } };
/** Anonymous visitors get the join button's log-in link in the header. */
export const Anonymous: Story = { args: { viewer: 'anonymous' } };
/** A non-member gets "Ask to join" in the header. */
export const NonMember: Story = { args: { viewer: 'non-member' } };
export const NotCertifiedAdmin: Story = { args: { organization: 'solo', viewer: 'sysadmin' } };
export const LargeOrganization: Story = { args: { organization: 'large', viewer: 'anonymous' } };
export const English: Story = { args: { lang: 'en' } };
/** udata still shows a deleted organization to sysadmins and members: dated, no deletion. */
export const DeletedOrganizationSysadmin: Story = { args: { organization: 'deleted', viewer: 'sysadmin' } };
export const Loading: Story = { tags: ['!autodocs'], beforeEach: mockState(NEVER) };
export const OneSectionFails: Story = {
  tags: ['!autodocs'],
  beforeEach: mockState({ method: 'GET', path: /reuses\/$/, status: 500, times: Infinity }),
};
/** An admin's "Edit": the profile form in a dialog. */
export const EditProfileDialog: Story = { tags: ['!autodocs'], play: playSteps('org-dashboard', '[part~="edit-profile"]') };
/** 120 harvest sources: 20 a page, each page asked of udata, the total said. */
export const ManyHarvesters: Story = {
  tags: ['!autodocs'],
  beforeEach: () => {
    mockState()();
    for (let i = 1; i <= 116; i++) {
      mockUdata.data.harvestSources.push({
        id: oid('3b', i),
        org: ORG_IDS.certified,
        name: `Moissonneur ${i}`,
        url: `https://geo.example.gouv.fr/csw/more/${i}`,
        backend: 'csw-iso-19139',
        active: true,
        last_job: null,
      });
    }
  },
};
