// The bearer token: held in memory only, reused until 60 s before it expires, and fetched by at most one
// authentication at a time however many calls need it at once.
import type { Token } from '../../../shared/gigastore';

const RENEW_BEFORE_EXPIRY_MS = 60_000;

export class TokenCache {
  private current: { accessToken: string; renewAt: number } | undefined;
  private inFlight: Promise<string> | undefined;

  constructor(
    private readonly authenticate: () => Promise<Token>,
    private readonly now: () => number,
  ) {}

  /** A token valid for at least another minute. */
  get(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return Promise.resolve(this.current.accessToken);
    this.inFlight ??= this.fetch().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Forget `token` after Gigastore refused it, unless a newer one already replaced it. */
  invalidate(token: string): void {
    if (this.current?.accessToken === token) this.current = undefined;
  }

  clear(): void {
    this.current = undefined;
  }

  private async fetch(): Promise<string> {
    const requestedAt = this.now();
    const token = await this.authenticate();
    this.current = {
      accessToken: token.accessToken,
      renewAt: requestedAt + token.expiresIn * 1000 - RENEW_BEFORE_EXPIRY_MS,
    };
    return token.accessToken;
  }
}
