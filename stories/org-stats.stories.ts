import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { METRICS_API_BASE, mockMetricsApi } from '../mocks/browser.js';
import { commonArgTypes, defaultArgs, mockState, renderTag, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/org-stats',
  component: 'org-stats',
  render: renderTag('org-stats', { 'metrics-base': METRICS_API_BASE }),
  argTypes: commonArgTypes,
  args: defaultArgs,
  beforeEach: () => {
    mockState()();
    mockMetricsApi.reset();
  },
};
export default meta;
type Story = StoryObj<StoryArgs>;

/** Published each month, and visits and downloads from the metrics API (13 months). */
export const WithMetricsApi: Story = {};
/** A self-hosted udata: no metrics API, only what udata itself counts. */
export const WithoutMetricsApi: Story = { render: renderTag('org-stats', { 'metrics-base': '' }) };
/** The metrics API fails: only its charts are missing. */
export const MetricsApiDown: Story = {
  tags: ['!autodocs'],
  beforeEach: () => {
    mockState()();
    mockMetricsApi.reset();
    mockMetricsApi.fail({ status: 503, times: Infinity });
  },
};
/** An organization never counted: zeros, not gaps. */
export const EmptyOrganization: Story = { args: { organization: 'solo' } };
export const English: Story = { args: { lang: 'en' } };
