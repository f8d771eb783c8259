// What Customer care shows of one eSIM's network connectivity ("Is it connected?"): the view main makes of
// Gigastore's connectivity answer (core/care/esim-connectivity.ts) and the renderer draws. Sentences are
// translation keys (connectivity.*).

export type ConnectivitySituation =
  /** On a network now. */
  | 'connected'
  /** Seen on a network (not now, or Gigastore does not say whether now). */
  | 'seen'
  /** Never seen on any network. */
  | 'never-seen'
  /** Gigastore's answer gives only a status word this version does not know. */
  | 'unknown';

export type GuidanceKey =
  'connectivity.guidance.roaming' | 'connectivity.guidance.mobileData' | 'connectivity.guidance.restart';

export interface ConnectivityView {
  iccid: string;
  situation: ConnectivitySituation;
  /** Whether the eSIM has been seen on a network at all. */
  seen: 'yes' | 'no' | 'unknown';
  /** On a network now, when Gigastore says. */
  connectedNow?: boolean;
  /** ISO-8601. */
  lastSeen?: string;
  where: { countryCode?: string; countryName?: string; network?: string };
  /** Gigastore's own status word, for support. */
  status?: string;
  /** The one-line summary (connectivity.summary.*; `unknown` takes {{status}}). */
  summaryKey: `connectivity.summary.${'connected' | 'seen' | 'seenNotNow' | 'neverSeen' | 'unknown'}`;
  /** The steps for the clerk, most likely first (under connectivity.guidanceTitle). */
  guidanceKeys: GuidanceKey[];
}
