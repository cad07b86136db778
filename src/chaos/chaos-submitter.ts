// The chaos run's client: submits N articles spread over a period, retrying those the API could
// not take (503 while Postgres is down, or no answer) until it does, and then submits a few again
// to check that an identical article answers 200 with the same id.

const RETRY_MS = 1000;
const GIVE_UP_MS = 300_000;
const RESUBMITTED = 20;

type Body = Record<string, string>;

export class Submitter {
  /** Article id → the index of the article it was accepted as. */
  readonly accepted = new Map<string, number>();
  /** HTTP answers by status (0: no answer). */
  readonly answers = new Map<number, number>();
  /** Identical submissions answered otherwise than 200 with the first id. */
  sameIdMismatches = 0;
  private readonly idOf = new Map<number, string>();

  constructor(
    private readonly apiUrl: string,
    private readonly count: number,
    private readonly spreadMs: number,
    private readonly bodyOf: (index: number) => Body,
    private readonly headers: Record<string, string> = {},
    private readonly lanes = 6,
  ) {}

  async run(): Promise<void> {
    const start = Date.now();
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < this.count; i = next++) {
        const due = start + (i * this.spreadMs) / this.count;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        await this.submitUntilAccepted(i);
      }
    };
    await Promise.all(Array.from({ length: this.lanes }, lane));
    await this.resubmitSome();
  }

  summary(): string {
    const answers = [...this.answers.entries()].sort(([a], [b]) => a - b);
    return `answers ${answers.map(([status, n]) => `${status || 'none'}×${n}`).join(' ')}; identical resubmissions not answered 200 with the same id: ${this.sameIdMismatches}`;
  }

  private async post(body: Body): Promise<{ status: number; id?: string }> {
    try {
      const res = await fetch(`${this.apiUrl}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15000),
      });
      const doc = (await res.json().catch(() => ({}))) as { id?: string };
      this.answers.set(res.status, (this.answers.get(res.status) ?? 0) + 1);
      return { status: res.status, id: doc.id };
    } catch {
      this.answers.set(0, (this.answers.get(0) ?? 0) + 1);
      return { status: 0 };
    }
  }

  private async submitUntilAccepted(index: number): Promise<void> {
    const deadline = Date.now() + GIVE_UP_MS;
    for (;;) {
      const { status, id } = await this.post(this.bodyOf(index));
      if ((status === 200 || status === 202) && id) {
        this.accepted.set(id, index);
        this.idOf.set(index, id);
        return;
      }
      const passing = status === 0 || status === 503 || status === 429;
      if (!passing || Date.now() > deadline) return;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }

  private async resubmitSome(): Promise<void> {
    const step = Math.max(1, Math.floor(this.count / RESUBMITTED));
    for (let index = 0; index < this.count; index += step) {
      const first = this.idOf.get(index);
      if (!first) continue;
      const { status, id } = await this.post(this.bodyOf(index));
      if (status !== 200 || id !== first) this.sameIdMismatches++;
    }
  }
}
