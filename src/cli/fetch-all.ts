import type { ApiClient } from './api-client';

const PAGE_SIZE = 100;

/** Every item of a paginated list route (`{items, total}`), page by page. */
export async function fetchAll<T>(
  client: ApiClient,
  path: string,
  params: Record<string, string | undefined>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE) });
    for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
    const res = await client.get<{ items: T[]; total: number }>(`${path}?${query.toString()}`);
    items.push(...res.items);
    if (!res.items.length || items.length >= res.total) return items;
  }
}
