// The review desk: stories with counts, filters, the discrepancies of the filtered view sorted by
// severity, decisions with a note, audit trails, and one quantity's history as a chart.
import { api, query, storedKey, storeKey } from './api.js';
import { auditList, discrepancyCard } from './discrepancy-card.js';
import { h, label } from './dom.js';
import { historyRows, renderHistoryChart } from './history-chart.js';

const $ = (id) => document.getElementById(id);
const filters = { story: '', status: 'open', kind: '', metric: '' };
let current = [];

function say(message, isError = false) {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function fillSelect(select, words, keepFirst = true) {
  const first = keepFirst ? [select.options[0]] : [];
  select.replaceChildren(...first, ...words.map((w) => h('option', { value: w }, label(w))));
}

async function loadVocabulary() {
  const vocabulary = await api('GET', '/vocabulary');
  fillSelect($('filter-status'), vocabulary.discrepancyStatuses, false);
  $('filter-status').value = filters.status;
  fillSelect($('filter-kind'), vocabulary.discrepancyKinds);
  fillSelect($('filter-metric'), vocabulary.metrics);
}

async function loadStories() {
  const stories = await api('GET', '/stories?limit=100');
  const items = stories.items ?? [];
  fillSelect($('filter-story'), []);
  $('filter-story').append(...items.map((s) => h('option', { value: s.key }, s.name || s.key)));
  $('filter-story').value = filters.story;
  $('story-list').replaceChildren(
    ...items.map((s) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'story',
            'aria-pressed': String(filters.story === s.key),
            onclick: () => pickStory(s.key),
          },
          h('span', { class: 'story-name' }, s.name || s.key),
          h(
            'span',
            { class: 'counts' },
            `${s.counts.openDiscrepancies} open of ${s.counts.discrepancies} · ${s.counts.articles} articles · ${s.counts.posts} posts · ${s.counts.claims} claims`,
          ),
        ),
      ),
    ),
  );
  if (!items.length) $('story-list').append(h('li', { class: 'muted' }, 'No stories yet.'));
}

async function loadDiscrepancies() {
  const page = await api(
    'GET',
    `/discrepancies${query({ ...filters, sort: 'severity', limit: '100' })}`,
  );
  current = page.items ?? [];
  const actions = { decide, loadAudit, showHistory };
  $('discrepancy-list').replaceChildren(...current.map((d) => discrepancyCard(d, actions)));
  const scope = filters.story ? `story ${filters.story}` : 'all stories';
  $('list-summary').textContent =
    `${page.total} ${filters.status || 'any status'} discrepancies in ${scope}, most severe first.`;
}

async function refresh() {
  try {
    await Promise.all([loadStories(), loadDiscrepancies()]);
  } catch (err) {
    say(err.message, true);
  }
}

function pickStory(key) {
  filters.story = key;
  $('filter-story').value = key;
  void refresh();
}

async function decide(d, status, note) {
  try {
    await api('PATCH', `/discrepancies/${d.id}`, { status, note: note.trim() || undefined });
    const [updated, events] = await Promise.all([
      api('GET', `/discrepancies/${d.id}`),
      api('GET', `/discrepancies/${d.id}/events`),
    ]);
    showDecided(updated, events);
    say(`${label(d.metric)} · ${label(d.subject)}: ${status}.`);
    await refresh();
  } catch (err) {
    say(err.message, true);
  }
}

function showDecided(d, events) {
  $('decided').hidden = false;
  const item = h(
    'li',
    { class: 'decided-item', 'data-id': d.id },
    h('h3', {}, `${label(d.kind)}: ${label(d.metric)} · ${label(d.subject)} — now ${d.status}`),
    h('h4', {}, 'Audit trail'),
    auditList(events),
  );
  const old = $('decided-list').querySelector(`[data-id="${d.id}"]`);
  if (old) old.replaceWith(item);
  else $('decided-list').prepend(item);
}

async function loadAudit(d, container) {
  try {
    container.replaceChildren(auditList(await api('GET', `/discrepancies/${d.id}/events`)));
  } catch (err) {
    container.replaceChildren(h('p', { class: 'error' }, err.message));
  }
}

async function showHistory(d) {
  try {
    const params = { story: d.story, metric: d.metric, subject: d.subject, location: d.location };
    const [history, related] = await Promise.all([
      api('GET', `/claims/history${query(params)}`),
      api('GET', `/discrepancies${query({ story: d.story, metric: d.metric, limit: '100' })}`),
    ]);
    const same = (related.items ?? []).filter((r) => r.subject === d.subject);
    $('history').hidden = false;
    $('history-caption').textContent =
      `${label(d.metric)} · ${label(d.subject)} in ${d.location ?? 'the whole story area'}, story ${d.story}: ` +
      `${history.claims.length} values; conservative figure ${history.conservative?.value ?? 'none'}.`;
    renderHistoryChart($('history-chart'), history, same);
    $('history-table').tBodies[0].replaceChildren(...historyRows(history, same));
    $('history-title').focus();
  } catch (err) {
    say(err.message, true);
  }
}

function wireForms() {
  $('api-key').value = storedKey();
  $('key-state').textContent = storedKey() ? 'key kept for this tab' : 'no key';
  $('key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    storeKey($('api-key').value.trim());
    $('key-state').textContent = storedKey() ? 'key kept for this tab' : 'no key';
    void start();
  });
  $('forget-key').addEventListener('click', () => {
    storeKey('');
    $('api-key').value = '';
    $('key-state').textContent = 'no key';
  });
  // Signs in to the board with the tab's key (sent once, in the body); a key that is not an
  // admin's lands on the sign-in form, which says so.
  $('board-form').addEventListener('submit', () => {
    $('board-key').value = storedKey();
  });
  $('filters').addEventListener('change', (e) => {
    filters[e.target.name] = e.target.value;
    void refresh();
  });
}

async function start() {
  try {
    await loadVocabulary();
    say('');
  } catch (err) {
    say(err.message, true);
  }
  await refresh();
}

wireForms();
void start();
