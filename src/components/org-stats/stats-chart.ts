import { html, nothing, svg } from 'lit';
import type { FormatController } from '../../i18n/format.js';
import { downloadCsv, toCsv } from '../../internal/csv.js';
import type { statsTerms } from './org-stats.terms.js';

/** One chart: a value per month ("YYYY-MM", oldest first; a month without data is 0). */
export interface ChartData {
  id: string;
  title: string;
  months: string[];
  values: number[];
  /** What the CSV and the table name the values. */
  unit: string;
  /** A total beside the title (e.g. every visit since July 2022), when known. */
  total?: number;
  /** Bars for counts (the default), a line for visits. */
  kind?: 'bar' | 'line';
}

type Localize = FormatController<{ stats: typeof statsTerms }>;

const WIDTH = 520;
const HEIGHT = 180;
const AXIS = 24;

/** "déc. 2026" / "Dec 2026". */
const monthLabel = (localize: Localize, month: string, style: 'short' | 'long' = 'short') =>
  localize.date(`${month}-15T12:00:00Z`, { month: style, year: 'numeric' });

/**
 * A bar chart drawn as SVG by the element (see the README for what was compared): its name
 * and a one-sentence description for assistive technologies, each bar with its value in a
 * tooltip, the numbers as a real table on demand (keyboard and screen readers reach every
 * value), and the same numbers as a CSV file.
 */
export function renderChart(chart: ChartData, localize: Localize, fileName: (word: string) => string) {
  const t = localize.t.stats;
  const max = Math.max(1, ...chart.values);
  const step = WIDTH / chart.months.length;
  const barWidth = Math.max(4, step * 0.7);
  const total = chart.values.reduce((sum, value) => sum + value, 0);
  const peak = chart.values.indexOf(Math.max(...chart.values));
  const description = t.describe(
    localize.number(total),
    monthLabel(localize, chart.months[0], 'long'),
    monthLabel(localize, chart.months.at(-1)!, 'long'),
    total ? monthLabel(localize, chart.months[peak], 'long') : '',
    localize.number(chart.values[peak] ?? 0),
  );
  const rows = chart.months.map((month, i) => [month, String(chart.values[i] ?? 0)]);
  return html`<figure part="chart" class="chart" data-chart=${chart.id}>
    <figcaption id="${chart.id}-title" class="chart-title">
      ${chart.title}
      ${chart.total !== undefined ? html`<span class="chart-total">${t.total(localize.number(chart.total))}</span>` : ''}
    </figcaption>
    <svg
      part="chart-svg"
      role="img"
      aria-labelledby="${chart.id}-title ${chart.id}-desc"
      viewBox="0 0 ${WIDTH} ${HEIGHT + AXIS}"
      preserveAspectRatio="none"
    >
      <desc id="${chart.id}-desc">${description}</desc>
      ${chart.kind === 'line' ? renderLine(chart, localize, step, max) : nothing}
      ${(chart.kind === 'line' ? [] : chart.values).map((value, i) => {
        const height = (value / max) * HEIGHT;
        return svg`<rect class="bar" x=${i * step + (step - barWidth) / 2} y=${HEIGHT - height} width=${barWidth} height=${Math.max(
          height,
          value ? 1 : 0,
        )}><title>${monthLabel(localize, chart.months[i], 'long')} : ${localize.number(value)}</title></rect>`;
      })}
      <line class="axis" x1="0" x2=${WIDTH} y1=${HEIGHT} y2=${HEIGHT}></line>
      ${chart.months.map((month, i) =>
        i % 3 === 0 || i === chart.months.length - 1
          ? svg`<text class="tick" x=${i * step + step / 2} y=${HEIGHT + 16} text-anchor="middle">${monthLabel(localize, month)}</text>`
          : '',
      )}
    </svg>
    <details part="chart-table" class="chart-table">
      <summary>${t.showTable}</summary>
      <table>
        <caption class="visually-hidden">
          ${chart.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.month}</th>
            <th scope="col">${chart.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${chart.months.map(
            (month, i) =>
              html`<tr>
                <th scope="row">${monthLabel(localize, month, 'long')}</th>
                <td>${localize.number(chart.values[i] ?? 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
    <button
      part="csv"
      class="button secondary small"
      type="button"
      @click=${() => downloadCsv(fileName(chart.id), toCsv([[t.month, chart.unit], ...rows], localize.lang === 'fr' ? ';' : ','))}
    >
      ${t.csv}<span class="visually-hidden">${t.csvOf(chart.title)}</span>
    </button>
  </figure>`;
}

/** A line through each month's value, a dot per month with its value in a tooltip. */
function renderLine(chart: ChartData, localize: Localize, step: number, max: number) {
  const point = (value: number, i: number) => [i * step + step / 2, HEIGHT - (value / max) * HEIGHT] as const;
  const points = chart.values.map((value, i) => point(value, i).join(',')).join(' ');
  return svg`<polyline class="line" points=${points}></polyline>${chart.values.map((value, i) => {
    const [x, y] = point(value, i);
    return svg`<circle class="dot" cx=${x} cy=${y} r="4"><title>${monthLabel(localize, chart.months[i], 'long')} : ${localize.number(value)}</title></circle>`;
  })}`;
}

/** The last 13 months, oldest first, ending with the current one ("YYYY-MM"). */
export function lastMonths(now = new Date(), count = 13): string[] {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** A udata `{ "YYYY-MM": n }` map (or 0: never counted) read for these months; a missing month is 0. */
export function monthValues(map: unknown, months: string[]): number[] {
  const record = map && typeof map === 'object' ? (map as Record<string, unknown>) : {};
  return months.map((month) =>
    typeof record[month] === 'number' && Number.isFinite(record[month]) ? (record[month] as number) : 0,
  );
}
