// What the worker reads of an article to process it: its submitted fields and its content, read
// with the take of the article (see ArticleRuns.claim) or on their own (IngestService).
import type { ArticleContent } from '../articles/article-content.entity';
import type { Article } from '../articles/article.entity';

export type QueuedArticle = Pick<
  Article,
  | 'id'
  | 'requestedStory'
  | 'storyId'
  | 'submittedUrl'
  | 'submittedPublishedAt'
  | 'submittedTitle'
  | 'submittedAuthor'
  | 'submittedSite'
> & { content: Pick<ArticleContent, 'format' | 'raw'> };

const COLUMNS = [
  'id',
  'requested_story',
  'story_id',
  'submitted_url',
  'submitted_published_at',
  'submitted_title',
  'submitted_author',
  'submitted_site',
];

/** The columns of `articles` a worker reads, each qualified by `table` when given. */
export function queuedArticleColumns(table?: string): string {
  return COLUMNS.map((column) => (table ? `${table}.${column}` : column)).join(', ');
}

export interface QueuedArticleRow {
  id: string;
  requested_story: string | null;
  story_id: string | null;
  submitted_url: string | null;
  submitted_published_at: string | null;
  submitted_title: string | null;
  submitted_author: string | null;
  submitted_site: string | null;
  format: ArticleContent['format'];
  raw: string | null;
}

export function queuedArticle(row: QueuedArticleRow): QueuedArticle {
  return {
    id: row.id,
    requestedStory: row.requested_story,
    storyId: row.story_id,
    submittedUrl: row.submitted_url,
    submittedPublishedAt: row.submitted_published_at,
    submittedTitle: row.submitted_title,
    submittedAuthor: row.submitted_author,
    submittedSite: row.submitted_site,
    content: { format: row.format, raw: row.raw },
  };
}
