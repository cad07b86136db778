import { apiAs, waitFor } from './stack';

export interface ArticleDoc {
  id: string;
  status: string;
  error: string | null;
  story: string | null;
  article: Record<string, unknown>;
  posts: {
    id: string;
    kind: string;
    platform: string;
    handle: string | null;
    authorName: string | null;
    postedAt: string | null;
  }[];
  claims: {
    id: string;
    metric: string;
    subject: string;
    value: number;
    quote: string;
    source: { kind: string; index?: number };
  }[];
}

/** Polls GET /articles/:id until the article is processed or failed. */
export async function waitForArticle(
  url: string,
  id: string,
  timeoutMs = 30000,
): Promise<ArticleDoc> {
  return waitFor(
    async () => {
      const res = await apiAs(url).get(`/articles/${id}`);
      const doc = res.body as ArticleDoc;
      return doc.status === 'processed' || doc.status === 'failed' ? doc : undefined;
    },
    `article ${id} to finish`,
    timeoutMs,
  );
}

export async function submit(
  url: string,
  body: Record<string, unknown>,
): Promise<{ id: string; status: string }> {
  const res = await apiAs(url).post('/articles').send(body);
  if (res.status !== 202 && res.status !== 200)
    throw new Error(`POST /articles answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; status: string };
}
