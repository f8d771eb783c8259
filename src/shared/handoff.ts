// The Handoff: one sale as the counter sees it, from the Activate key to the customer's installed eSIM.
// main owns it and pushes every change; the renderer only draws it.
import { z } from 'zod';
import { CatalogueItemSchema } from './catalogue';
import { ActivationModeSchema } from './gigastore';
import { SaleKindSchema } from './sale';

/**
 * activating  the register request is on its way (the journal already holds the sale)
 * active      Gigastore confirmed the sale; the eSIM is followed until INSTALLED or ERROR
 * verifying   the outcome is uncertain (time-out, reset, 5xx, crash): reconciling, never re-sent blindly
 * failed      Gigastore refused the sale with an answer: nothing was charged
 * not-charged reconciliation proved the sale absent: nothing was charged, retry keeps the same sale id
 */
export const SalePhaseSchema = z.enum(['activating', 'active', 'verifying', 'failed', 'not-charged']);
export type SalePhase = z.infer<typeof SalePhaseSchema>;

/** How the eSIM state is being followed: live, backing off after errors, stopped, or timed out. */
export const TrackingStatusSchema = z.enum(['idle', 'live', 'retrying', 'stopped', 'timed-out']);
export type TrackingStatus = z.infer<typeof TrackingStatusSchema>;

export const ErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type ErrorInfo = z.infer<typeof ErrorInfoSchema>;

export const StateChangeSchema = z.object({ state: z.string(), at: z.string() });

export const HandoffEsimSchema = z.object({
  iccid: z.string(),
  activationCode: z.string(),
  /** Null when the activation code could not be split (the QR still carries it as sent). */
  manual: z
    .object({ smdpAddress: z.string(), matchingId: z.string(), confirmationCodeRequired: z.boolean() })
    .nullable(),
  state: z.string(),
  stateSince: z.string(),
});
export type HandoffEsim = z.infer<typeof HandoffEsimSchema>;

export const HandoffSchema = z.object({
  saleId: z.string(),
  /** A first sale, a top-up (no new eSIM: its handoff has no QR), or a second eSIM. */
  kind: SaleKindSchema,
  startedAt: z.string(),
  item: CatalogueItemSchema,
  customerCountry: z.string(),
  customerEmail: z.string().optional(),
  /** The customer's language (receipt and customer display). */
  customerLanguage: z.string().optional(),
  activationMode: ActivationModeSchema.optional(),
  phase: SalePhaseSchema,
  customerUid: z.string().optional(),
  activatedItemUid: z.string().optional(),
  esim: HandoffEsimSchema.optional(),
  stateHistory: z.array(StateChangeSchema),
  tracking: z.object({
    status: TrackingStatusSchema,
    lastCheckedAt: z.string().optional(),
    retryInMs: z.number().optional(),
    message: z.string().optional(),
  }),
  error: ErrorInfoSchema.optional(),
  /** The receipt: not yet printed, printing, printed, saved as PDF, or the last print failed (with why). */
  receipt: z.object({
    status: z.enum(['none', 'printing', 'printed', 'failed', 'pdf']),
    message: z.string().optional(),
  }),
});
export type Handoff = z.infer<typeof HandoffSchema>;

/** States after which nothing more will happen without the customer or support acting. */
export function isTerminalEsimState(state: string): boolean {
  return state === 'INSTALLED' || state === 'ERROR';
}

/** One sentence of guidance per state (an i18n key under `state.`), unknown states included. */
export function guidanceKey(state: string): string {
  switch (state) {
    case 'RELEASED':
    case 'INSTALLED':
    case 'DISABLED':
    case 'ERROR':
      return `state.${state}.guidance`;
    default:
      return 'state.OTHER.guidance';
  }
}
