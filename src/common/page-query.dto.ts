import { IntQuery } from './query-fields';

export const MAX_PAGE_SIZE = 100;
/** Far past any real list; keeps OFFSET arithmetic away from overflow. */
export const MAX_PAGE = 1_000_000;

/** ?page=&limit= on every list: 1-based page, 20 a page by default. */
export class PageQueryDto {
  @IntQuery('1-based page number', 1, MAX_PAGE, 1)
  page: number = 1;

  @IntQuery('items a page', 1, MAX_PAGE_SIZE, 20)
  limit: number = 20;
}
