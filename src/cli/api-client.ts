/** A small client of the tracker's HTTP API, for the CLI and the demo. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly key?: string,
  ) {}

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.key ? { authorization: `Bearer ${this.key}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((err: Error & { cause?: { code?: string; message?: string } }) => {
      const why = err.cause?.code ?? err.cause?.message ?? err.message;
      throw new Error(
        `cannot reach the API at ${this.baseUrl} (${why}); is it running? (--api URL)`,
      );
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text for the error message
    }
    return { status: res.status, body: parsed as T };
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.request<T>('GET', path);
    if (res.status >= 400)
      throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
