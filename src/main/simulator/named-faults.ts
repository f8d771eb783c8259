// Named faults: the ways a real Gigastore is imperfect beyond one broken request. A sale is charged and
// its answer lost, or charged late; the sales list lags or is cut short without saying so; idempotency
// keys are honoured or not; an undocumented answer comes in an odd shape. Tests use the typed objects;
// the CLI and the control surface write them as text ("list-lag=40,lost-answer*2"), read by one parser.
import { z } from 'zod';

const TimesSchema = z.number().int().positive().default(1);
const SecondsSchema = z.number().nonnegative().finite();
/** After-charge answers: a refusal a client might retry on (401, 409) or a server failure. */
const AfterChargeStatusSchema = z
  .number()
  .int()
  .refine((status) => status === 401 || status === 409 || (status >= 500 && status <= 599), {
    message: 'The status must be 401, 409 or 5xx.',
  });

export const NamedFaultSchema = z.discriminatedUnion('name', [
  /** The next money request(s) are charged, then the connection is destroyed without an answer. */
  z.object({ name: z.literal('lost-answer'), times: TimesSchema }).strict(),
  /** No answer and no charge at once; the charge lands `seconds` later, checked and dated then. */
  z.object({ name: z.literal('late-charge'), seconds: SecondsSchema, times: TimesSchema }).strict(),
  /** Charged, then answered with `status` (a problem+json body). */
  z.object({ name: z.literal('after-charge'), status: AfterChargeStatusSchema, times: TimesSchema }).strict(),
  /** The sales list shows an item only `seconds` after its salesDate. */
  z.object({ name: z.literal('list-lag'), seconds: SecondsSchema }).strict(),
  /** The sales list answers at most `items` items, with nothing that hints at more. */
  z.object({ name: z.literal('list-cap'), items: z.number().int().nonnegative() }).strict(),
  /** Whether a replayed idempotency-key gets the first answer (honoured) or charges again (ignored). */
  z.object({ name: z.literal('idempotency'), mode: z.enum(['honoured', 'ignored']) }).strict(),
  /** The sales list as a bare array (as documented by a third party) or wrapped in { items }. */
  z.object({ name: z.literal('list-shape'), shape: z.enum(['bare', 'wrapped']) }).strict(),
]);
export type NamedFault = z.output<typeof NamedFaultSchema>;
export type NamedFaultInput = z.input<typeof NamedFaultSchema>;
type NamedFaultName = NamedFault['name'];
/** The faults that strike money requests, one request per `times`. */
export type SaleFault = Extract<NamedFault, { name: 'lost-answer' | 'late-charge' | 'after-charge' }>;

/** The modes: each lasts until it is set again or cleared. */
export interface SimulatorModes {
  listLagSeconds: number;
  /** null: no cap (null rather than undefined, so the control surface's JSON shows it). */
  listCap: number | null;
  idempotency: 'honoured' | 'ignored';
  listShape: 'bare' | 'wrapped';
}
const NORMAL_MODES: Readonly<SimulatorModes> = {
  listLagSeconds: 0,
  listCap: null,
  idempotency: 'ignored',
  listShape: 'bare',
};

interface TextRule {
  /** What the entry takes, as the end of a sentence: "late-charge takes a number of seconds, as late-charge=30". */
  takes: string;
  /** Sale faults take "*N"; modes last until cleared and do not. */
  repeatable: boolean;
  /** The typed fault for a value, or undefined when the value is not a possible one. */
  read(value: string | undefined): NamedFaultInput | undefined;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;
const seconds = (value: string | undefined) => (value !== undefined && DECIMAL.test(value) ? Number(value) : undefined);
const whole = (value: string | undefined) => (value !== undefined && WHOLE.test(value) ? Number(value) : undefined);
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
  allowed.find((candidate) => candidate === value);
const given = <T>(value: T | undefined, fault: (value: T) => NamedFaultInput) =>
  value === undefined ? undefined : fault(value);

const TEXT_RULES: Record<NamedFaultName, TextRule> = {
  'lost-answer': {
    takes: 'lost-answer takes no value, as lost-answer or lost-answer*3',
    repeatable: true,
    read: (value) => (value === undefined ? { name: 'lost-answer' } : undefined),
  },
  'late-charge': {
    takes: 'late-charge takes a number of seconds, as late-charge=30',
    repeatable: true,
    read: (value) => given(seconds(value), (delay) => ({ name: 'late-charge', seconds: delay })),
  },
  'after-charge': {
    takes: 'after-charge takes the status 401, 409 or 500 to 599, as after-charge=503',
    repeatable: true,
    read: (value) => given(whole(value), (status) => ({ name: 'after-charge', status })),
  },
  'list-lag': {
    takes: 'list-lag takes a number of seconds, as list-lag=40',
    repeatable: false,
    read: (value) => given(seconds(value), (lag) => ({ name: 'list-lag', seconds: lag })),
  },
  'list-cap': {
    takes: 'list-cap takes a whole number of items, as list-cap=50',
    repeatable: false,
    read: (value) => given(whole(value), (items) => ({ name: 'list-cap', items })),
  },
  idempotency: {
    takes: 'idempotency takes honoured or ignored, as idempotency=honoured',
    repeatable: false,
    read: (value) => given(oneOf(value, ['honoured', 'ignored'] as const), (mode) => ({ name: 'idempotency', mode })),
  },
  'list-shape': {
    takes: 'list-shape takes wrapped or bare, as list-shape=wrapped',
    repeatable: false,
    read: (value) => given(oneOf(value, ['wrapped', 'bare'] as const), (shape) => ({ name: 'list-shape', shape })),
  },
};

/** Every named fault as it is written, for help texts and for the sentence about an unknown name. */
const NAMED_FAULT_SYNTAX = [
  'lost-answer',
  'late-charge=SECONDS',
  'after-charge=STATUS',
  'list-lag=SECONDS',
  'list-cap=N',
  'idempotency=honoured|ignored',
  'list-shape=wrapped|bare',
] as const;

const ENTRY = /^([a-z-]+)(?:=([^*]*))?(?:\*(.*))?$/;

/** One entry of the text form: the typed fault, or the one sentence that says what is wrong with it. */
function readEntry(entry: string): { fault: NamedFault } | { problem: string } {
  const [, name = '', value, times] = ENTRY.exec(entry) ?? [];
  const rule = Object.hasOwn(TEXT_RULES, name) ? TEXT_RULES[name as NamedFaultName] : undefined;
  if (!rule) return { problem: `"${entry}": there is no such fault; the faults are ${NAMED_FAULT_SYNTAX.join(', ')}.` };
  if (times !== undefined && !rule.repeatable) {
    return { problem: `"${entry}": ${name} is a mode that lasts until cleared, so it takes no *N.` };
  }
  if (times !== undefined && !/^[1-9]\d*$/.test(times)) {
    return { problem: `"${entry}": the count after * is a whole number above 0, as ${name}*3.` };
  }
  const read = rule.read(value);
  const parsed = NamedFaultSchema.safeParse(read && times !== undefined ? { ...read, times: Number(times) } : read);
  return parsed.success ? { fault: parsed.data } : { problem: `"${entry}": ${rule.takes}.` };
}

/** The text form, comma-separated; blank entries are skipped. Each bad entry is one issue, one sentence. */
const NamedFaultTextSchema = z.string().transform((text, context) => {
  const faults: NamedFault[] = [];
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const read = readEntry(entry);
    if ('fault' in read) faults.push(read.fault);
    else context.addIssue({ code: 'custom', message: read.problem, input: entry });
  }
  return faults;
});

export class NamedFaultError extends Error {
  override name = 'NamedFaultError';
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}

/** Parses e.g. "list-lag=40,lost-answer*2"; throws a NamedFaultError holding one sentence per bad entry. */
export function parseNamedFaults(text: string): NamedFault[] {
  const parsed = NamedFaultTextSchema.safeParse(text);
  if (!parsed.success) throw new NamedFaultError(parsed.error.issues.map((issue) => issue.message));
  return parsed.data;
}

/** A fault as the text form writes it, e.g. "late-charge=30*2". */
function formatNamedFault(fault: NamedFault): string {
  const times = 'times' in fault && fault.times > 1 ? `*${fault.times}` : '';
  switch (fault.name) {
    case 'lost-answer':
      return `lost-answer${times}`;
    case 'late-charge':
      return `late-charge=${fault.seconds}${times}`;
    case 'after-charge':
      return `after-charge=${fault.status}${times}`;
    case 'list-lag':
      return `list-lag=${fault.seconds}`;
    case 'list-cap':
      return `list-cap=${fault.items}`;
    case 'idempotency':
      return `idempotency=${fault.mode}`;
    case 'list-shape':
      return `list-shape=${fault.shape}`;
  }
}

/** The named faults a simulator holds: sale faults queued in order, and the modes. */
export class NamedFaultPlan {
  modes: SimulatorModes = { ...NORMAL_MODES };
  private saleFaults: SaleFault[] = [];

  /** Adds faults given as text or as typed objects; a bad one throws before any is added. */
  add(faults: string | NamedFaultInput | readonly NamedFaultInput[]): NamedFault[] {
    const list =
      typeof faults === 'string'
        ? parseNamedFaults(faults)
        : (Array.isArray(faults) ? faults : [faults]).map((fault) => NamedFaultSchema.parse(fault));
    list.forEach((fault) => this.apply(fault));
    return list;
  }

  clear(): void {
    this.modes = { ...NORMAL_MODES };
    this.saleFaults = [];
  }

  /** The sale fault for the next money request, used up by one. */
  takeSaleFault(): SaleFault | undefined {
    const [next] = this.saleFaults;
    if (!next) return undefined;
    if (next.times <= 1) this.saleFaults.shift();
    else this.saleFaults[0] = { ...next, times: next.times - 1 };
    return { ...next, times: 1 };
  }

  get pendingSaleFaults(): number {
    return this.saleFaults.reduce((sum, fault) => sum + fault.times, 0);
  }

  /** What is in force, in the text form: modes that differ from normal, then the queued sale faults. */
  describe(): string[] {
    const { listLagSeconds, listCap, idempotency, listShape } = this.modes;
    const modes: NamedFault[] = [
      ...(listLagSeconds > 0 ? [{ name: 'list-lag', seconds: listLagSeconds } as const] : []),
      ...(listCap !== null ? [{ name: 'list-cap', items: listCap } as const] : []),
      ...(idempotency !== NORMAL_MODES.idempotency ? [{ name: 'idempotency', mode: idempotency } as const] : []),
      ...(listShape !== NORMAL_MODES.listShape ? [{ name: 'list-shape', shape: listShape } as const] : []),
    ];
    return [...modes, ...this.saleFaults].map(formatNamedFault);
  }

  private apply(fault: NamedFault): void {
    switch (fault.name) {
      case 'list-lag':
        this.modes.listLagSeconds = fault.seconds;
        return;
      case 'list-cap':
        this.modes.listCap = fault.items;
        return;
      case 'idempotency':
        this.modes.idempotency = fault.mode;
        return;
      case 'list-shape':
        this.modes.listShape = fault.shape;
        return;
      default:
        this.saleFaults.push(fault);
    }
  }
}
