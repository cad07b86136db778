// One quantity's values over time (GET /claims/history) as a uPlot chart: one series per
// independent origin, values in a discrepancy marked (conflict: ring, update: triangle), and the
// same points as a table for keyboard and screen-reader users.
import { day, h, label, when } from './dom.js';

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

/** Seconds since the epoch of an ISO date or date-time (a bare date is its UTC midnight). */
const seconds = (iso) =>
  Date.parse(String(iso).length === 10 ? `${iso}T00:00:00Z` : String(iso)) / 1000;

/**
 * When a claim was first seen: its source's own date (the post's time, else the article's date),
 * never when the tracker stored it. A claim's asOf can be a date the sentence names ("on
 * Wednesday") or one inferred from the source, so it stands in only when the source has no date.
 */
export function firstSeen(claim) {
  return claim.post?.postedAt ?? claim.article?.publishedAt ?? claim.asOf ?? null;
}

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

/** The kind of discrepancy (conflict, update) each claim takes part in. */
function discrepancyMarks(discrepancies) {
  const marks = new Map();
  for (const d of discrepancies)
    for (const v of d.values ?? []) for (const c of v.claims ?? []) marks.set(c.id, d.kind);
  return marks;
}

/**
 * The API's series (one per independent origin, its values in time order), each value placed at
 * the earliest first-seen time of the claims that say it; values no source dates are left out.
 */
export function historySeries(history, discrepancies) {
  const claimById = new Map(history.claims.map((c) => [c.id, c]));
  const marks = discrepancyMarks(discrepancies);
  const placed = history.series.map((s) => ({
    origin: s.originKey,
    label: s.originLabel || originLabel(claimById.get(s.values[0]?.claimIds[0]) ?? {}),
    points: s.values
      .map((v) => {
        const times = v.claimIds
          .map((id) => claimById.get(id))
          .filter(Boolean)
          .map((c) => seconds(firstSeen(c)))
          .filter((t) => !Number.isNaN(t));
        const mark = v.claimIds.map((id) => marks.get(id)).find(Boolean) ?? null;
        const superseded = v.superseded;
        return { x: times.length ? Math.min(...times) : NaN, y: v.value, mark, superseded };
      })
      .filter((p) => !Number.isNaN(p.x)),
  }));
  const series = placed.filter((s) => s.points.length);
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  for (const s of series)
    s.values = xs.map((x) => s.points.filter((p) => p.x === x).pop()?.y ?? null);
  return { xs, series, marks };
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
      { label: 'first seen' },
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
  const marks = discrepancyMarks(discrepancies);
  return history.claims.map((c) =>
    h(
      'tr',
      {},
      h('td', {}, when(firstSeen(c))),
      h('td', {}, day(c.asOf)),
      h('td', {}, String(c.value)),
      h('td', {}, c.originLabel || originLabel(c)),
      h('td', {}, sourceText(c)),
      h('td', {}, marks.get(c.id) ?? (c.superseded ? 'superseded' : '')),
    ),
  );
}
