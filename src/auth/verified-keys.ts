/**
 * Keys this API process has just verified, by their SHA-256, so that a busy client does not cost a
 * Postgres read on every request. The price is the time to live: a key revoked elsewhere (the CLI
 * writes to the database directly) keeps working in a process that verified it until its entry
 * expires, at most `ttlMs` after that check. Only keys that passed are kept, so the map holds at
 * most one entry per key in the table; a TTL of 0 keeps nothing.
 */
export class VerifiedKeys<Principal> {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The principal behind `keyHash` while its check is fresh; undefined once it must be read again. */
  get(keyHash: string): Principal | undefined {
    const entry = this.entries.get(keyHash);
    if (!entry) return undefined;
    if (this.now() < entry.expiresAt) return entry.principal;
    this.entries.delete(keyHash);
    return undefined;
  }

  remember(keyHash: string, principal: Principal): void {
    if (this.ttlMs > 0)
      this.entries.set(keyHash, { principal, expiresAt: this.now() + this.ttlMs });
  }

  /** A key revoked by this process stops working here at once. */
  forget(keyHash: string): void {
    this.entries.delete(keyHash);
  }
}
