import { escapeXml } from './escapeXml.js';
import type { Cell } from './summarize.js';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];

/**
 * A hand-written SVG of one metric's distribution per design: a thin line from min to max, a
 * thick bar from p10 to p90, a tick at the median, and the mean with its 95% CI. No scripts, no
 * external references: it renders offline and embeds in the comparison page.
 */
export function distributionSvg(title: string, unit: string, cells: readonly Cell[]): string {
  const shown = cells.filter((c) => c.n > 0);
  const rowH = 34;
  const left = 170;
  const width = 560;
  const plotW = width - left - 20;
  const height = 46 + rowH * Math.max(1, shown.length) + 24;
  let lo = Math.min(...shown.map((c) => c.min!), 0);
  let hi = Math.max(...shown.map((c) => c.max!), 0);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi === lo) hi = lo + 1;
  const x = (v: number) => (left + ((v - lo) / (hi - lo)) * plotW).toFixed(1);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  parts.push(`<title>${escapeXml(title)}</title>`);
  parts.push(`<text x="10" y="18" font-weight="600">${escapeXml(title)}${unit ? ` (${escapeXml(unit)})` : ''}</text>`);
  if (shown.length === 0) parts.push(`<text x="10" y="56">no run defines this metric</text>`);
  shown.forEach((c, i) => {
    const y = 46 + i * rowH + rowH / 2;
    const color = PALETTE[i % PALETTE.length]!;
    parts.push(`<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escapeXml(c.design)}</text>`);
    parts.push(`<line x1="${x(c.min!)}" x2="${x(c.max!)}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="1"/>`);
    parts.push(`<line x1="${x(c.p10!)}" x2="${x(c.p90!)}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="9" stroke-opacity="0.45"/>`);
    parts.push(`<line x1="${x(c.median!)}" x2="${x(c.median!)}" y1="${y - 8}" y2="${y + 8}" stroke="${color}" stroke-width="2"/>`);
    if (c.ciLow !== null && c.ciHigh !== null) parts.push(`<line x1="${x(c.ciLow)}" x2="${x(c.ciHigh)}" y1="${y + 11}" y2="${y + 11}" stroke="#333" stroke-width="1.5"/>`);
    parts.push(`<circle cx="${x(c.mean!)}" cy="${y + 11}" r="3" fill="#333"><title>mean ${fmt(c.mean!)} (n=${c.n})</title></circle>`);
  });
  const axisY = height - 18;
  parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${axisY}" y2="${axisY}" stroke="#999"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = lo + ((hi - lo) * k) / 4;
    parts.push(`<text x="${x(v)}" y="${axisY + 14}" text-anchor="middle" fill="#555">${fmt(v)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}
