import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractArticle } from '../pipeline/extract-article';

export interface ExtractOptions {
  url?: string;
  publishedAt?: string;
  files: string[];
}

/** `extract [--url U] [--published-at D] FILE…`: one JSON line per file, no database, no queue. */
export async function runExtract(
  options: ExtractOptions,
  write: (line: string) => void,
): Promise<void> {
  for (const file of options.files) {
    const content = await readFile(file, 'utf8');
    const format = /^\.html?$/i.test(extname(file)) ? 'html' : 'text';
    const { article, posts, claims } = extractArticle(
      {
        format,
        content,
        url: options.url ?? null,
        publishedAt: options.publishedAt ?? null,
      },
      file,
    );
    write(JSON.stringify({ file, article, posts, claims }));
  }
}
