/** A horizontal bar chart in inline SVG: every bar has its label and count as text, so colour is never the only signal. */
import { escapeHtml } from './html-escape.js';

export interface Bar {
  label: string;
  count: number;
  /** CSS class giving the bar its colour and pattern. */
  className: string;
}

const rowHeight = 22;
const labelWidth = 260;
const barSpace = 300;

export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = Math.max(1, bars.length) * rowHeight + 4;
  const width = labelWidth + barSpace + 50;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 2;
    const length = Math.max(2, Math.round((bar.count / max) * barSpace));
    return `<g class="${escapeHtml(bar.className)}"><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${length}" height="${rowHeight - 6}" rx="2"/>`
      + `<text x="${labelWidth + length + 6}" y="${y + 15}">${bar.count}</text></g>`;
  });
  const id = `chart-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return `<figure class="chart"><figcaption id="${id}">${escapeHtml(title)}</figcaption>`
    + `<svg role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`
    + `<title>${escapeHtml(`${title}: ${bars.map((b) => `${b.label} ${b.count}`).join(', ') || 'none'}`)}</title>${rows.join('')}</svg></figure>`;
}
