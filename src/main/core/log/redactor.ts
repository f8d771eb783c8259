// Redaction for every log line (main, the CLI, the renderer's forwarded console) and for every part of a
// Gigastore answer kept for support. Two rules, both always applied:
// - by KEY NAME, at any depth of an object: a field called accessToken, refresh_token, clientSecret,
//   activationCode, matchingId... loses its value whatever the value looks like;
// - by PATTERN, inside any string: Basic and Bearer values, JWT-shaped strings, activation codes plain and
//   URL-encoded, Apple install links, `key=value` and `"key": "value"` pairs with a secret key name, and
//   every value registered as secret (the client secret, each sale's matching id), also URL-encoded.
// A cycle is cut where it closes; nesting is followed to any depth a real answer has (see MAX_DEPTH).
const REDACTED = '[redacted]';

/** Secret key names, as words: matched case-insensitively, written camelCase, snake_case or kebab-case. */
const SECRET_KEY_WORDS = [
  'authorization',
  'proxy authorization',
  'cookie',
  'set cookie',
  'passwd',
  'passphrase',
  'api key',
  'private key',
  'activation code',
  'matching id',
  'apple universal link',
  'installation url',
  'card data',
  'pin',
  'pin hash',
];
/** Any key ending in one of these is secret too: accessToken, refresh_token, id-token, clientSecret, password. */
const SECRET_KEY_ENDINGS = ['token', 'secret', 'password'];

const SECRET_KEYS = new Set(SECRET_KEY_WORDS.map((words) => words.replaceAll(' ', '')));

/** Keys seen before (log lines repeat the same few), so each is judged once. */
const judgedKeys = new Map<string, boolean>();

function isSecretKey(key: string): boolean {
  let secret = judgedKeys.get(key);
  if (secret === undefined) {
    const normalized = key.toLowerCase().replace(/[\s_-]/g, '');
    secret = SECRET_KEYS.has(normalized) || SECRET_KEY_ENDINGS.some((ending) => normalized.endsWith(ending));
    if (judgedKeys.size < 10_000) judgedKeys.set(key, secret);
  }
  return secret;
}

// A key starts where a word starts (not after - or _ either): one start per run, so no run is scanned twice.
const KEY = `(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]*(?:${SECRET_KEY_ENDINGS.join('|')})|${SECRET_KEY_WORDS.map((words) =>
  words.replaceAll(' ', '[_-]?'),
).join('|')})`;
/** A value that is not itself secret: JSON's literals, or a value already redacted. */
const NOT_A_VALUE = '(?!(?:null|true|false|undefined)\\b)(?!\\[redacted\\])';

const PATTERNS: Array<[RegExp, string]> = [
  // Authorization header values, wherever they are written. Written in lower case, the value must look
  // like a credential (a digit or a symbol in it), so prose ("the bearer token is missing") stays readable.
  [/\bBearer(\s+|%20)[A-Za-z0-9._~+/=-]+/g, `Bearer$1${REDACTED}`],
  [/\b(bearer|BEARER)(\s+|%20)(?=[A-Za-z]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}/g, `$1$2${REDACTED}`],
  [/\bBasic(\s+|%20)[A-Za-z0-9+/=]{6,}/g, `Basic$1${REDACTED}`],
  [/\b(basic|BASIC)(\s+|%20)(?=[A-Za-z]*[0-9+/=])[A-Za-z0-9+/=]{8,}/g, `$1$2${REDACTED}`],
  // JWT-shaped: a JSON header ("eyJ") and two more base64url parts, or three long base64url parts.
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [/(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_.-])/g, REDACTED],
  // "key": "value" (JSON, or single-quoted as util.inspect writes it), then the same escaped inside a string.
  [
    new RegExp(`(${KEY})(["']?\\s*[:=]\\s*)(["'])${NOT_A_VALUE}((?:(?!\\3)[^\\\\]|\\\\.)*)\\3`, 'gi'),
    `$1$2$3${REDACTED}$3`,
  ],
  [
    new RegExp(`(${KEY})(\\\\["']\\s*:\\s*)\\\\(["'])${NOT_A_VALUE}((?:[^\\\\]|\\\\(?!\\3))*)\\\\\\3`, 'gi'),
    `$1$2\\$3${REDACTED}\\$3`,
  ],
  // key=value and key: value, unquoted (query strings, form bodies, headers). Basic/Bearer are done above.
  [
    new RegExp(
      `(${KEY})(["']?\\s*[:=]\\s*)(?!["'\\\\])${NOT_A_VALUE}(?!(?:Basic|Bearer)(?:\\s|%20))[^\\s"'\\\\&,;{}<>()]+`,
      'gi',
    ),
    `$1$2${REDACTED}`,
  ],
  // An activation code, whole, plain or URL-encoded (once or twice): its matching id installs the eSIM.
  [/LPA(?<colon>:|%(?:25)?3A)1(?<dollar>\$|%(?:25)?24)[^\s"'<>,;&\\]*/gi, `LPA$<colon>1$<dollar>${REDACTED}`],
];

/**
 * Something every pattern above needs to find (a word of it, a key name, or a dot before a long base64url
 * run): most log strings have none, and are then passed by one scan instead of one per pattern.
 */
const MAY_HOLD_A_SECRET = new RegExp(
  [
    'bearer',
    'basic',
    'eyJ',
    'lpa',
    '\\.[A-Za-z0-9_-]{20}',
    ...SECRET_KEY_ENDINGS,
    ...SECRET_KEY_WORDS.map((words) => words.replaceAll(' ', '[_-]?')),
  ].join('|'),
  'i',
);

/**
 * Deeper than any answer or log line, more values than any: past either the rest is dropped, never kept
 * unredacted (and an object that shares its parts many times over cannot stall the log).
 */
const MAX_DEPTH = 200;
const MAX_VALUES = 100_000;

export class Redactor {
  private readonly secrets = new Set<string>();
  /** One expression for every registered secret and its URL-encoded form, rebuilt when one is added. */
  private secretPattern: RegExp | undefined;

  /** A value that must never be logged as it is (a client secret, a matching id). Short values are ignored. */
  addSecret(value: string | undefined): void {
    if (!value || value.length < 4) return;
    const before = this.secrets.size;
    this.secrets.add(value);
    this.secrets.add(encodeURIComponent(value));
    if (this.secrets.size !== before) this.secretPattern = undefined;
  }

  text(input: string): string {
    let output = input;
    const secrets = this.secretsPattern();
    if (secrets) output = output.replace(secrets, REDACTED);
    if (!MAY_HOLD_A_SECRET.test(output)) return output;
    for (const [pattern, replacement] of PATTERNS) output = output.replace(pattern, replacement);
    return output;
  }

  /** Redacts every string inside `value`, and every value under a secret key; errors become their redacted stack. */
  value(value: unknown): unknown {
    return this.walk(value, { ancestors: new Set(), values: 0 }, 0);
  }

  private walk(value: unknown, seen: { ancestors: Set<object>; values: number }, depth: number): unknown {
    if (++seen.values > MAX_VALUES) return '[too much to log]';
    if (typeof value === 'string') return this.text(value);
    if (value instanceof Error) return this.text(value.stack ?? `${value.name}: ${value.message}`);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
    if (seen.ancestors.has(value)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[nested too deep]';
    seen.ancestors.add(value);
    try {
      const next = (item: unknown) => this.walk(item, seen, depth + 1);
      if (Array.isArray(value) || value instanceof Set) return [...(value as Iterable<unknown>)].map(next);
      const entries: Array<[string, unknown]> =
        value instanceof Map ? [...value].map(([key, item]) => [String(key), item]) : Object.entries(value);
      return Object.fromEntries(
        entries.map(([key, item]) => [
          key,
          isSecretKey(key) && item !== null && item !== undefined ? REDACTED : next(item),
        ]),
      );
    } finally {
      seen.ancestors.delete(value);
    }
  }

  private secretsPattern(): RegExp | undefined {
    if (this.secrets.size === 0) return undefined;
    // Longest first, so a secret that contains another is removed whole.
    this.secretPattern ??= new RegExp(
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map((secret) => secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return this.secretPattern;
  }
}
