// Redaction for every log line, in main, the CLI and the renderer's forwarded console: the Gigastore
// client secret (and any other value registered as secret), bearer tokens, Basic authorization headers,
// activation codes and matching ids never reach a log file or the console.
const PATTERNS: Array<[RegExp, string]> = [
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer [redacted]'],
  [/\bBasic\s+[A-Za-z0-9+/=]{6,}/g, 'Basic [redacted]'],
  // An activation code, whole: its matching id is a single-use credential for the customer's eSIM.
  [/LPA:1\$[^\s"'<>,;]*/gi, 'LPA:1$[redacted]'],
  [
    /("(?:accessToken|clientSecret|activationCode|matchingId|refreshToken|idToken|authorization)"\s*:\s*")[^"]*"/gi,
    '$1[redacted]"',
  ],
  [/\b(accessToken|clientSecret|activationCode|matchingId)=([^&\s]+)/gi, '$1=[redacted]'],
];

export class Redactor {
  private readonly secrets = new Set<string>();

  /** A value that must never be logged as it is (a client secret, a matching id). Short values are ignored. */
  addSecret(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  text(input: string): string {
    let output = input;
    for (const secret of this.secrets) output = output.split(secret).join('[redacted]');
    for (const [pattern, replacement] of PATTERNS) output = output.replace(pattern, replacement);
    return output;
  }

  /** Redacts every string inside `value`; errors become their (redacted) message and stack. */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value instanceof Error) return this.text(value.stack ?? `${value.name}: ${value.message}`);
    if (depth > 6 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.value(item, depth + 1)]));
  }
}
