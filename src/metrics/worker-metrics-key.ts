/**
 * Where each worker process keeps the JSON of its prom-client registry in Redis, so the API (a
 * separate process) can serve the sum of all workers' counters on GET /metrics.
 */
export const workerMetricsPattern = (prefix: string) => `${prefix}:ingest:worker-metrics:*`;
export const workerMetricsKey = (prefix: string, workerId: string) =>
  `${prefix}:ingest:worker-metrics:${workerId}`;
