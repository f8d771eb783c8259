// The command line's options, checked before anything is written or sent: each with the same zod rule the
// app applies to the same field, and each refusal one sentence that names the option (never a schema dump).
import { z } from 'zod';
import { SaleRequestSchema } from '../../shared/api';
import { CareSaleSchema, LookupSchema, RefundRequestSchema } from '../../shared/care';
import { CountryCodeSchema } from '../../shared/settings';
import { jsonLine } from './terminal-text';
import { UsageError } from './usage';

export type Options = Record<string, string | boolean | undefined>;

// Control characters in an id would be journaled and sent to Gigastore as part of a path or a body.
const NO_CONTROLS = /^[^\p{Cc}]*$/u;
const withoutControls = <S extends z.ZodString>(schema: S) =>
  schema.regex(NO_CONTROLS, { error: 'control characters' });

/**
 * How a refused value is shown inside a sentence: quoted, cut short when long, and with any control
 * character written out as an escape (\u001b), so the person sees what was wrong instead of its effect.
 */
export function quoted(value: string): string {
  return jsonLine(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** The first zod issue as a sentence about `name` (an option like --email or a variable). */
function sentenceFor(
  name: string,
  value: string,
  issue: z.core.$ZodIssue | undefined,
  what: string,
  reveal: boolean,
): string {
  if (value.trim() === '') return `${name} is empty.`;
  if (issue?.code === 'too_big' && issue.origin === 'string')
    return `${name} is longer than ${issue.maximum} characters.`;
  if (issue?.code === 'too_small' && issue.origin === 'string')
    return `${name} is shorter than ${issue.minimum} characters.`;
  if (issue?.message === 'control characters') return `${name} contains control characters.`;
  return reveal ? `${name} ${quoted(value)} is not ${what}.` : `${name} is not ${what}.`;
}

/**
 * The value `schema` makes of `value`, or the first problem as a sentence naming `name` (quoting the value
 * unless `reveal` is false, for a secret).
 */
export function checked<S extends z.ZodType>(
  schema: S,
  name: string,
  value: string,
  what: string,
  reveal = true,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(sentenceFor(name, value, result.error.issues[0], what, reveal));
  return result.data;
}

/** A string option's raw value; a missing one that the command needs is refused. */
function raw(options: Options, name: string, needed: boolean): string | undefined {
  const value = options[name];
  if (typeof value === 'string') return value;
  if (needed) throw new UsageError(`--${name} is required.`);
  return undefined;
}

const RULES = {
  item: [withoutControls(SaleRequestSchema.shape.inventoryItemId), 'a package id'],
  customer: [withoutControls(CareSaleSchema.shape.customerUid), 'a customer id'],
  package: [withoutControls(RefundRequestSchema.shape.activatedItemUid), 'a package id'],
  sale: [withoutControls(z.string().min(1).max(100)), 'a sale id'],
  // A shift's id is the moment it started, as the audit trail wrote it.
  shift: [
    z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/),
    'a shift id (as 2026-11-25T08:00:00.000Z)',
  ],
  reason: [withoutControls(RefundRequestSchema.shape.reason), 'a reason'],
  iccid: [LookupSchema.options[0].shape.iccid, 'an ICCID (6 to 22 digits)'],
  emailStart: [withoutControls(LookupSchema.options[1].shape.email), 'the start of an email address'],
} as const;

/** A required id or text option, by the rule of the field it fills (trimmed). */
export function idOption(options: Options, name: string, rule: keyof typeof RULES): string {
  const [schema, what] = RULES[rule];
  return checked(schema, `--${name}`, (raw(options, name, true) as string).trim(), what);
}

/** Like idOption, for an option a command may go without. */
export function optionalIdOption(options: Options, name: string, rule: keyof typeof RULES): string | undefined {
  return raw(options, name, false) === undefined ? undefined : idOption(options, name, rule);
}

/** --country: an assigned ISO 3166-1 alpha-2 code, in any case ("at" is AT). */
export function countryOption(options: Options, fallback?: string): string {
  const value = raw(options, 'country', fallback === undefined) ?? fallback!;
  return checked(
    CountryCodeSchema,
    '--country',
    value.trim().toUpperCase(),
    'an ISO 3166-1 country code (for example DE)',
  );
}

/** --email for a sale: the app's rule for the customer's email (syntax and length). */
export function emailOption(options: Options): string | undefined {
  const value = raw(options, 'email', false);
  if (value === undefined) return undefined;
  return checked(SaleRequestSchema.shape.customerEmail.unwrap(), '--email', value.trim(), 'an email address');
}

const TIMEOUT_SECONDS = z
  .string()
  .regex(/^\d{1,6}(\.\d{1,3})?$/)
  .transform(Number)
  .pipe(z.number().positive().max(86_400));

/** --timeout in seconds: above 0, at most a day (a timer cannot count much further). */
export function timeoutOption(options: Options, fallback: number): number {
  const value = raw(options, 'timeout', false);
  if (value === undefined) return fallback;
  return checked(TIMEOUT_SECONDS, '--timeout', value.trim(), 'a number of seconds above 0 and at most 86400');
}

const PORT = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(65_535));

/** --port: a TCP port, 0 for any free one. */
export function portOption(options: Options): number {
  const value = raw(options, 'port', false);
  if (value === undefined) return 0;
  return checked(PORT, '--port', value.trim(), 'a port number (0 to 65535)');
}

const CALENDAR_DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 2000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });

/** A day option (--day): a day of the calendar written YYYY-MM-DD; undefined when not given. */
export function dayOption(options: Options, name: string): string | undefined {
  const value = raw(options, name, false);
  return value === undefined
    ? undefined
    : checked(CALENDAR_DATE, `--${name}`, value.trim(), 'a date written YYYY-MM-DD (from 2000 on)');
}

/** --from and --to: days of the calendar written YYYY-MM-DD, the first not after the second. */
export function dateRangeOptions(options: Options): { from?: string; to?: string } {
  const from = dayOption(options, 'from');
  const to = dayOption(options, 'to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}.`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
