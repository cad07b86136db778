/** The one queue: each job ingests one article; its job id is the article id, so BullMQ dedupes. */
export const INGEST_QUEUE = 'ingest';
export const INGEST_JOB = 'ingest-article';

export interface IngestJobData {
  articleId: string;
}
