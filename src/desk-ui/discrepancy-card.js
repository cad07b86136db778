// One discrepancy as a card: the competing values side by side (the pair first), each with its
// quotes, sources and attribution chain; the rule that fired; the decision form; the audit trail.
import { day, h, label, quoteWithFigure, when } from './dom.js';

const DECISIONS = [
  { status: 'confirmed', text: 'Confirm' },
  { status: 'dismissed', text: 'Dismiss' },
  { status: 'resolved', text: 'Resolve' },
];

const sameValue = (a, b) => a.value === b.value && (a.origin ?? null) === (b.origin ?? null);

/** The pair's two values first (when the API gives a pair), then the others in the API's order. */
export function orderedValues(d) {
  const pair = Array.isArray(d.pair) ? d.pair : [];
  const rest = (d.values ?? []).filter((v) => !pair.some((p) => sameValue(p, v)));
  return [
    ...pair.map((v) => ({ ...v, inPair: true })),
    ...rest.map((v) => ({ ...v, inPair: false })),
  ];
}

function interval(v) {
  if (v.low === v.high && v.low !== null) return '';
  const low = v.low === null ? '0' : v.low;
  const high = v.high === null ? '∞' : v.high;
  return ` (${low}–${high})`;
}

function link(text, url) {
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
}

function embeddedIn(article) {
  if (!article) return '';
  return h(
    'span',
    {},
    ', embedded in ',
    link(article.title || article.site || 'an article', article.url),
  );
}

function sourceLine(source = {}, article = null) {
  if (source.kind === 'post') {
    const who = source.handle ? `@${source.handle}` : source.authorName || 'a post';
    return h(
      'p',
      { class: 'source' },
      `${label(source.platform || 'post')} post `,
      link(who, source.url),
      source.authorName && source.handle ? ` (${source.authorName})` : '',
      `, posted ${when(source.postedAt)}`,
      embeddedIn(article),
    );
  }
  const title = source.title || source.site || 'untitled';
  return h(
    'p',
    { class: 'source' },
    'Article: ',
    link(title, source.url),
    source.site && source.title ? ` · ${source.site}` : '',
    source.author ? ` · by ${source.author}` : '',
    ` · ${day(source.publishedAt)}`,
  );
}

function claimItem(claim, value) {
  const chain = claim.attribution?.length ? claim.attribution.join(' › ') : 'not attributed';
  return h(
    'li',
    { class: 'claim' },
    quoteWithFigure(claim, value),
    sourceLine(claim.source, claim.article),
    h('p', { class: 'chain' }, h('span', { class: 'muted' }, 'Attribution: '), chain),
    h('p', { class: 'muted' }, `As of ${day(claim.asOf)}`),
  );
}

function valueColumn(v) {
  return h(
    'section',
    {
      class: `value${v.inPair ? ' in-pair' : ''}${v.superseded ? ' superseded' : ''}`,
      'aria-label': `value ${v.value}`,
    },
    h(
      'h4',
      {},
      h('span', { class: 'figure' }, String(v.value)),
      interval(v),
      v.inPair ? h('span', { class: 'tag' }, 'pair') : null,
      v.superseded ? h('span', { class: 'tag' }, 'superseded') : null,
    ),
    v.originLabel
      ? h('p', { class: 'origin' }, `${v.originLabel}${v.asOf ? `, ${day(v.asOf)}` : ''}`)
      : null,
    h(
      'ul',
      { class: 'claims' },
      (v.claims ?? []).map((c) => claimItem(c, v.value)),
    ),
  );
}

export function auditList(events) {
  if (!events.length) return h('p', { class: 'muted' }, 'No events yet.');
  return h(
    'ol',
    { class: 'audit-events' },
    events.map((e) =>
      h(
        'li',
        {},
        h('time', { datetime: e.at }, when(e.at)),
        ` ${label(e.action)}: ${e.fromStatus ?? '—'} → ${e.toStatus} by ${e.actor}`,
        e.note ? h('span', { class: 'note' }, ` — “${e.note}”`) : null,
      ),
    ),
  );
}

function decisionForm(d, actions) {
  const noteId = `note-${d.id}`;
  const note = h('textarea', { id: noteId, name: 'note', rows: 2 });
  const buttons = DECISIONS.map(({ status, text }) =>
    h(
      'button',
      {
        type: 'button',
        'data-decision': status,
        onclick: () => actions.decide(d, status, note.value),
      },
      text,
    ),
  );
  return h(
    'form',
    { class: 'decision', onsubmit: (e) => e.preventDefault() },
    h('label', { for: noteId }, 'Note (required to dismiss)'),
    note,
    h('div', { class: 'buttons' }, buttons),
  );
}

function auditDetails(d, actions) {
  const body = h('div', { class: 'audit-body' });
  const details = h('details', { class: 'audit' }, h('summary', {}, 'Audit trail'), body);
  details.addEventListener('toggle', () => {
    if (details.open) actions.loadAudit(d, body);
  });
  return details;
}

export function discrepancyCard(d, actions) {
  const titleId = `d-${d.id}`;
  const place = d.location ?? 'the whole story area';
  return h(
    'li',
    { class: 'discrepancy-item', 'data-id': d.id },
    h(
      'article',
      { class: `discrepancy kind-${d.kind}`, 'aria-labelledby': titleId },
      h(
        'h3',
        { id: titleId },
        `${label(d.kind)}: ${label(d.metric)} · ${label(d.subject)} · in ${place}`,
      ),
      h(
        'p',
        { class: 'meta' },
        `severity ${Number(d.severity).toFixed(2)} · rule ${label(d.rule ?? 'unknown')} · status ${d.status} · story ${d.story}`,
      ),
      d.explanation ? h('p', { class: 'explanation' }, d.explanation) : null,
      h('div', { class: 'values' }, orderedValues(d).map(valueColumn)),
      d.status === 'open' ? decisionForm(d, actions) : null,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { type: 'button', class: 'history-button', onclick: () => actions.showHistory(d) },
          'History chart',
        ),
      ),
      auditDetails(d, actions),
    ),
  );
}
