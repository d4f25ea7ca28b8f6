import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockUdata, ORG_IDS } from '../mocks/browser.js';
import { addPeople, addPendingRequests } from '../mocks/bulk.js';
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

/** 1,000 more pending requests (udata sends them in one answer): shown 20 at a time. */
function manyRequests(count: number) {
  return () => {
    mockState()();
    const names = ['Éloïse', 'Jérôme', 'Maëlys', 'Noël'];
    const people = addPeople(mockUdata, count, (i) => ({
      first_name: names[i % 4],
      last_name: `Demandeur ${i}`,
      slug: `demandeur-${i}`,
    }));
    addPendingRequests(mockUdata, ORG_IDS.certified, people, count, (i) => ({
      comment: `Je souhaite publier les données du service n° ${i}.`,
      created: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    }));
  };
}
export const ManyRequests: Story = { tags: ['!autodocs'], beforeEach: manyRequests(1000) };
