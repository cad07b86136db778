import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ApiClient } from './api-client';
import {
  API_OPTIONS_HELP,
  apiClient,
  parseCommandArgs,
  UsageError,
  type CliCommand,
  type CliIo,
} from './command';
import { waitForArticles } from './wait-for-articles';

const ARTICLE_FILE = /\.(html?|txt|text|md)$/i;
const WAIT_MS = 10 * 60 * 1000;

interface Submission {
  label: string;
  body: Record<string, string>;
}

interface Sent {
  label: string;
  id?: string;
  isNew?: boolean;
  error?: string;
}

/** Files in a directory (not recursive) that look like articles, in name order. */
async function articleFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => ARTICLE_FILE.test(n)).sort();
  return names.map((n) => join(dir, n));
}

async function expand(target: string): Promise<Submission[]> {
  if (/^https?:\/\//i.test(target)) return [{ label: target, body: { url: target } }];
  const info = await stat(target).catch(() => null);
  if (!info) throw new UsageError(`${target}: no such file, directory or http(s) URL`);
  const files = info.isDirectory() ? await articleFiles(target) : [target];
  return Promise.all(
    files.map(async (file) => {
      const format = /^\.html?$/i.test(extname(file)) ? 'html' : 'text';
      return { label: file, body: { [format]: await readFile(file, 'utf8') } };
    }),
  );
}

async function send(client: ApiClient, s: Submission): Promise<Sent> {
  try {
    const res = await client.request<{ id?: string; message?: unknown }>(
      'POST',
      '/articles',
      s.body,
    );
    if (res.status === 202 || res.status === 200)
      return { label: s.label, id: res.body.id, isNew: res.status === 202 };
    const message = res.body && typeof res.body === 'object' ? res.body.message : res.body;
    return { label: s.label, error: `${res.status} ${[message].flat().join('; ')}` };
  } catch (err) {
    return { label: s.label, error: (err as Error).message };
  }
}

function summary(sent: Sent[], failures: { label: string; reason: string }[]): string {
  const fresh = sent.filter((s) => s.isNew).length;
  const known = sent.filter((s) => s.id && !s.isNew).length;
  const lines = [`${fresh} new, ${known} already known, ${failures.length} failed`];
  for (const f of failures) lines.push(`  failed: ${f.label}: ${f.reason}`);
  return lines.join('\n') + '\n';
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    story: { type: 'string' },
    url: { type: 'string' },
    'published-at': { type: 'string' },
    wait: { type: 'boolean' },
  });
  if (values.help) return (io.out(submitCommand.help + '\n'), 0);
  if (!positionals.length) throw new UsageError('submit needs at least one FILE, DIR or URL');
  const submissions = (await Promise.all(positionals.map(expand))).flat();
  if (values.url && submissions.length !== 1)
    throw new UsageError('--url names the page of one article: give exactly one FILE');
  const extra: Record<string, string> = {};
  if (values.story) extra.story = values.story;
  if (values.url) extra.url = values.url;
  if (values['published-at']) extra.publishedAt = values['published-at'];
  const client = apiClient(values);
  const sent: Sent[] = [];
  for (const s of submissions) {
    const result = await send(client, { label: s.label, body: { ...s.body, ...extra } });
    io.err(
      `${result.error ? 'rejected' : result.isNew ? 'queued' : 'known'}  ${s.label}${result.id ? ` → ${result.id}` : ''}\n`,
    );
    sent.push(result);
  }
  const failures = sent.filter((s) => s.error).map((s) => ({ label: s.label, reason: s.error! }));
  if (values.wait) {
    const accepted = sent.filter((s) => s.id);
    const outcomes = await waitForArticles(
      client,
      [...new Set(accepted.map((s) => s.id!))],
      io,
      WAIT_MS,
    );
    for (const s of accepted) {
      const o = outcomes.get(s.id!);
      if (o?.status === 'failed') failures.push({ label: s.label, reason: o.error ?? 'failed' });
    }
  }
  io.out(summary(sent, failures));
  return failures.length ? 1 : 0;
}

export const submitCommand: CliCommand = {
  name: 'submit',
  summary: 'send articles (files, directories, URLs) to the API, optionally waiting for them',
  help: `usage: npm run cli -- submit FILE|DIR|URL… [--story S] [--url U] [--published-at D] [--wait]
  FILE               .html/.htm is sent as HTML, anything else as plain text
  DIR                every .html, .htm, .txt, .text and .md file in it, in name order
  URL                an http(s) page for the worker to fetch
  --story S          put the articles in story S (else one is assigned from places and dates)
  --url U            the page a single FILE came from
  --published-at D   publication date (ISO) for plain text without one
  --wait             wait until each is processed or failed, with progress, then summarise
${API_OPTIONS_HELP}`,
  run,
};
