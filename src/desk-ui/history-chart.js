// One quantity's values over time (GET /claims/history) as a uPlot chart: one series per
// independent origin, values in a discrepancy marked (conflict: ring, update: triangle), and the
// same points as a table for keyboard and screen-reader users.
import { day, h, label } from './dom.js';

const COLOURS = [
  '#1f6feb',
  '#c2410c',
  '#15803d',
  '#7e22ce',
  '#b45309',
  '#0e7490',
  '#be123c',
  '#4d7c0f',
];
const DAY_SECONDS = 86400;

const seconds = (iso) => Date.parse(String(iso).slice(0, 10)) / 1000;

function originLabel(claim) {
  if (claim.post)
    return claim.post.handle ? `@${claim.post.handle}` : claim.post.authorName || 'a post';
  const chain = claim.attribution ?? [];
  if (chain.length) return chain[chain.length - 1];
  return claim.article?.site || claim.article?.title || 'an article';
}

function sourceText(claim) {
  if (claim.post)
    return `${label(claim.post.platform)} post ${claim.post.handle ? '@' + claim.post.handle : ''}`;
  const a = claim.article ?? {};
  return `article ${a.title || a.site || ''}`.trim();
}

/** Claims with a date, grouped by origin, and the marks the story's discrepancies put on values. */
export function historySeries(history, discrepancies) {
  const dated = history.claims.filter((c) => c.asOf && !Number.isNaN(seconds(c.asOf)));
  const origins = [...new Set(dated.map((c) => c.originKey))];
  const xs = [...new Set(dated.map((c) => seconds(c.asOf)))].sort((a, b) => a - b);
  const marks = new Map();
  for (const d of discrepancies) {
    for (const v of d.values ?? []) for (const c of v.claims ?? []) marks.set(c.id, d.kind);
  }
  const series = origins.map((origin) => {
    const own = dated.filter((c) => c.originKey === origin);
    return {
      origin,
      label: originLabel(own[0]),
      values: xs.map((x) => {
        const at = own.filter((c) => seconds(c.asOf) === x);
        return at.length ? at[at.length - 1].value : null;
      }),
      points: own.map((c) => ({ x: seconds(c.asOf), y: c.value, mark: marks.get(c.id) ?? null })),
    };
  });
  return { xs, series, dated, marks };
}

function drawMarks(u, series) {
  const ctx = u.ctx;
  ctx.save();
  ctx.lineWidth = 2 * devicePixelRatio;
  for (const s of series) {
    for (const p of s.points) {
      if (!p.mark) continue;
      const cx = u.valToPos(p.x, 'x', true);
      const cy = u.valToPos(p.y, 'y', true);
      const r = 9 * devicePixelRatio;
      ctx.strokeStyle = p.mark === 'conflict' ? '#b91c1c' : '#a16207';
      ctx.beginPath();
      if (p.mark === 'conflict') ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      else {
        ctx.moveTo(cx, cy - r);
        ctx.lineTo(cx + r, cy + r * 0.8);
        ctx.lineTo(cx - r, cy + r * 0.8);
        ctx.closePath();
      }
      ctx.stroke();
    }
  }
  ctx.restore();
}

function chartOptions(width, series, xs, maxValue) {
  return {
    width,
    height: 280,
    scales: {
      x: { time: true, range: () => [xs[0] - DAY_SECONDS, xs[xs.length - 1] + DAY_SECONDS] },
      y: { range: () => [0, Math.max(1, maxValue * 1.2)] },
    },
    axes: [{}, { label: 'value' }],
    series: [
      { label: 'as of' },
      ...series.map((s, i) => ({
        label: s.label,
        stroke: COLOURS[i % COLOURS.length],
        width: 2,
        spanGaps: true,
        points: { show: true, size: 8, fill: COLOURS[i % COLOURS.length] },
      })),
    ],
    hooks: { draw: [(u) => drawMarks(u, series)] },
  };
}

export function renderHistoryChart(container, history, discrepancies) {
  container.replaceChildren();
  const { xs, series } = historySeries(history, discrepancies);
  if (!xs.length) {
    container.append(h('p', { class: 'muted' }, 'No dated values to chart.'));
    return null;
  }
  const maxValue = Math.max(...series.flatMap((s) => s.points.map((p) => p.y)));
  const width = Math.max(320, Math.min(container.clientWidth || 800, 1000));
  const opts = chartOptions(width, series, xs, maxValue);
  const chart = new window.uPlot(opts, [xs, ...series.map((s) => s.values)], container);
  container.append(
    h(
      'p',
      { class: 'legend-note muted' },
      'Ring: value in a conflict. Triangle: value in an update.',
    ),
  );
  return chart;
}

export function historyRows(history, discrepancies) {
  const { marks } = historySeries(history, discrepancies);
  return history.claims.map((c) =>
    h(
      'tr',
      {},
      h('td', {}, day(c.asOf)),
      h('td', {}, String(c.value)),
      h('td', {}, originLabel(c)),
      h('td', {}, sourceText(c)),
      h('td', {}, marks.get(c.id) ?? (c.superseded ? 'superseded' : '')),
    ),
  );
}
