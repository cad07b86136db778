export interface Page {
  page: number;
  limit: number;
}

export const MAX_PAGE_SIZE = 100;
/** Past this the offset no longer fits Postgres' bigint (page=1e20 is a whole number too). */
export const MAX_PAGE = 1_000_000;

/** Reads ?page=&limit= (1-based page, default 20 a page); an Error names the bad parameter. */
export function parsePage(query: { page?: unknown; limit?: unknown }): Page | Error {
  const page = query.page === undefined ? 1 : Number(query.page);
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
    return new Error(`page must be a whole number from 1 to ${MAX_PAGE}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    return new Error(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return { page, limit };
}
