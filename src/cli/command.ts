import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCliConfig } from '../config/app-config';
import { ApiClient } from './api-client';

/** Where a command writes: stdout for results, stderr for progress and notes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  interactive: boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** The full `--help` text: usage line, then one line per option. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A usage mistake: reported as one line with the command's usage, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

const API_OPTIONS = {
  api: { type: 'string' },
  key: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export const API_OPTIONS_HELP = `  --api URL          the tracker's API (default $PPT_API_URL or http://127.0.0.1:3000)
  --key KEY          API key (default $PPT_API_KEY)`;

/** Parses a command's arguments strictly; unknown options and missing values are UsageErrors. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...API_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
}

export function apiClient(values: { api?: unknown; key?: unknown }): ApiClient {
  const config = loadCliConfig();
  const base = typeof values.api === 'string' ? values.api : config.apiUrl;
  const key = typeof values.key === 'string' ? values.key : config.apiKey;
  return new ApiClient(base, key ?? undefined);
}

/** One of `allowed`, or a UsageError naming them. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}
