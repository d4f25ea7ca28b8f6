import { css } from 'lit';

/** The charts: a grid of figures, bars in the primary colour, their table on demand. */
export const statsStyles = css`
  :host {
    display: block;
  }
  .group-title {
    margin: 1rem 0 0.5rem;
    font-size: 1.125rem;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: 1rem;
  }
  .chart {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
  }
  .chart-title {
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  .chart-total {
    font-weight: 400;
    color: var(--_muted);
  }
  svg {
    display: block;
    width: 100%;
    height: 9rem;
    overflow: visible;
  }
  .bar {
    fill: var(--org-stats-bar, var(--_primary));
  }
  .line {
    fill: none;
    stroke: var(--org-stats-bar, var(--_primary));
    stroke-width: 2;
  }
  .dot {
    fill: var(--org-stats-bar, var(--_primary));
  }
  .axis {
    stroke: var(--_border);
  }
  .tick {
    fill: var(--_muted);
    font-size: 0.75rem;
  }
  .chart-table {
    margin: 0.5rem 0;
    font-size: 0.875rem;
  }
  .chart-table table {
    border-collapse: collapse;
    width: 100%;
  }
  .chart-table th,
  .chart-table td {
    padding: 0.125rem 0.5rem;
    text-align: start;
    border-bottom: 1px solid var(--_border);
  }
  .chart-table td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
