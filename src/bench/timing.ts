// Small statistics for the benchmark: medians and percentiles of measured durations.
import { performance } from 'node:perf_hooks';

/** The value below which `p` (0–1) of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** Milliseconds `fn` took. */
export function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Milliseconds of CPU the process spent while `fn` ran (all its threads, so the collector's too).
 * On a shared machine a call's wall time also counts the time other processes held the core;
 * its CPU time does not, so builds and methods compare by it when the load moves.
 */
export function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A ratio rounded for the report (two decimals is what a noisy 2-core machine can tell apart). */
export const ratio = (ours: number, floor: number): number =>
  Math.round((ours / floor) * 100) / 100;
