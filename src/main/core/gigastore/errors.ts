// Every way a Gigastore call can fail, as one typed error that carries a sentence a clerk can act on
// and, for support, the HTTP status and an allow-listed summary of the answer (never its body).
import type { AnswerSummary } from '../../../shared/gigastore';
import { answerSentence } from './answer-summary';

type GigastoreErrorKind =
  /** The request never reached Gigastore (refused, no DNS, no route): certainly not acted on. */
  | 'unreachable'
  /** The connection broke after the request left: Gigastore may have acted on it. */
  | 'network'
  /** No answer in time: Gigastore may have acted on it. */
  | 'timeout'
  /** Gigastore answered with an HTTP error status. */
  | 'http'
  /** Gigastore refused the credentials. */
  | 'auth'
  /** Gigastore answered 2xx with a body that does not match the schema. */
  | 'invalid-response'
  /** An undocumented answer (devices, connectivity, version) came in none of the forms this version reads. */
  | 'unknown-form'
  /** The answer was larger than the console reads: it was cut off unread (the request itself was sent). */
  | 'too-large'
  /** The console is not set up to call Gigastore (no credentials, bad address). */
  | 'config';

interface GigastoreErrorDetails {
  kind: GigastoreErrorKind;
  endpoint: string;
  status?: number;
  /** Absent for authentication answers: nothing of those is kept. */
  answer?: AnswerSummary;
  retryAfterMs?: number;
  cause?: unknown;
  /** False when the request itself never left (authentication failed first, no connection, no credentials). */
  requestSent?: boolean;
}

export class GigastoreError extends Error {
  readonly kind: GigastoreErrorKind;
  readonly endpoint: string;
  readonly status?: number;
  readonly answer?: AnswerSummary;
  readonly retryAfterMs?: number;
  /** Whether the request this error belongs to left for Gigastore at all. */
  readonly requestSent: boolean;
  private readonly details: GigastoreErrorDetails;

  constructor(sentence: string, details: GigastoreErrorDetails) {
    super(sentence, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GigastoreError';
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    if (details.status !== undefined) this.status = details.status;
    if (details.answer !== undefined) this.answer = details.answer;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    this.requestSent = details.requestSent ?? (details.kind !== 'unreachable' && details.kind !== 'config');
    this.details = details;
  }

  /** The same failure, met before the request it was for could leave (while authenticating for it). */
  beforeSending(): GigastoreError {
    return new GigastoreError(this.message, { ...this.details, requestSent: false });
  }

  /** Gigastore's own sentence (`message || detail || title`, redacted), when its answer had one. */
  get serverMessage(): string | undefined {
    return answerSentence(this.answer);
  }

  /** Stable code for the renderer and the journal, e.g. `gigastore.timeout`, `gigastore.http.402`. */
  get code(): string {
    return this.kind === 'http' ? `gigastore.http.${this.status}` : `gigastore.${this.kind}`;
  }

  /**
   * Whether a state-changing request may have been acted on by Gigastore although we hold no answer.
   * A 5xx counts: the server may have committed before failing. A 4xx is a refusal: nothing happened.
   */
  get outcomeUncertain(): boolean {
    if (!this.requestSent) return false;
    if (['network', 'timeout', 'invalid-response', 'too-large'].includes(this.kind)) return true;
    return this.kind === 'http' && (this.status ?? 0) >= 500;
  }
}

/** The clerk's sentence for an HTTP error; `said` is Gigastore's own sentence, quoted when there is one. */
export function httpErrorSentence(status: number, said: string | undefined, retryAfterMs?: number): string {
  const quoted = said ? `: "${said}"` : '';
  if (status === 401 || status === 403) {
    return `Gigastore refused the store's API credentials (HTTP ${status})${quoted}. A manager should check them in Settings.`;
  }
  if (status === 429) {
    const wait = retryAfterMs === undefined ? 'a moment' : `${Math.ceil(retryAfterMs / 1000)} s`;
    return `Gigastore is limiting how often this console may call it (HTTP 429); try again in ${wait}.`;
  }
  if (status >= 500) {
    return `Gigastore had a server error (HTTP ${status})${quoted}. Try again in a moment.`;
  }
  return `Gigastore refused the request (HTTP ${status})${quoted}.`;
}
