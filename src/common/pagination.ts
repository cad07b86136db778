export interface Page {
  page: number;
  limit: number;
}

export const MAX_PAGE_SIZE = 100;

/** Reads ?page=&limit= (1-based page, default 20 a page); an Error names the bad parameter. */
export function parsePage(query: { page?: unknown; limit?: unknown }): Page | Error {
  const page = query.page === undefined ? 1 : Number(query.page);
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(page) || page < 1) return new Error('page must be a whole number from 1');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    return new Error(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return { page, limit };
}
