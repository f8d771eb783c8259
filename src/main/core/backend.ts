// Which Gigastore the console talks to: the embedded simulator in demo mode (started on first use), or
// the live API with the vault's credentials. One client per (mode, address), rebuilt when either changes.
// The credentials go only to the live address they were entered for: after any other address (changed in
// Settings, or in settings.json by hand) nothing is sent until a manager enters the secret again.
import type { DemoFault } from '../../shared/api';
import {
  createGigastoreClient,
  type ClientCredentials,
  type GigastoreClient,
  type GigastoreClientOptions,
} from './gigastore/client';
import { GigastoreError } from './gigastore/errors';
import type { SettingsStore } from './settings';
import { enteredElsewhere, type CredentialVault } from './vault';

/** The simulated world demo mode runs against. */
export interface DemoWorld {
  baseUrl: string;
  credentials: ClientCredentials;
  /** The customer's phone scans the QR; the eSIM ends in `state`. */
  scan(iccid: string, state: string): void;
  stage(fault: DemoFault): void;
  close(): Promise<void>;
}

export type ClientTuning = Omit<GigastoreClientOptions, 'baseUrl' | 'credentials'>;

export class Backend {
  private demoWorld: Promise<DemoWorld> | undefined;
  private cached: { key: string; client: GigastoreClient } | undefined;

  constructor(
    private readonly settings: SettingsStore,
    private readonly vault: CredentialVault,
    private readonly startDemo: () => Promise<DemoWorld>,
    private readonly tuning: ClientTuning = {},
  ) {}

  async client(): Promise<GigastoreClient> {
    const { mode, liveBaseUrl } = this.settings.read();
    const demo = mode === 'demo' ? await this.demo() : undefined;
    const key = demo ? `demo|${demo.baseUrl}` : `live|${liveBaseUrl}`;
    if (this.cached?.key !== key) {
      const client = createGigastoreClient({
        ...this.tuning,
        baseUrl: demo ? demo.baseUrl : liveBaseUrl,
        credentials: demo ? () => demo.credentials : () => this.liveCredentials(liveBaseUrl),
      });
      this.cached = { key, client };
    }
    return this.cached.client;
  }

  /** The stored credentials, for the address they were entered for only; elsewhere a sentence, and nothing sent. */
  private liveCredentials(liveBaseUrl: string): ClientCredentials | undefined {
    const sealed = this.vault.read();
    if (!sealed) return undefined;
    if (sealed.baseUrl !== liveBaseUrl) {
      throw new GigastoreError(enteredElsewhere(sealed.baseUrl, liveBaseUrl), {
        kind: 'config',
        endpoint: 'authentication',
      });
    }
    return { clientId: sealed.clientId, clientSecret: sealed.clientSecret };
  }

  /** The simulated world, or undefined in live mode. */
  async demo(): Promise<DemoWorld | undefined> {
    if (this.settings.read().mode !== 'demo') return undefined;
    this.demoWorld ??= this.startDemo().catch((error: unknown) => {
      this.demoWorld = undefined;
      throw error;
    });
    return this.demoWorld;
  }

  /** Credentials changed: the next call authenticates again. */
  forgetClient(): void {
    this.cached = undefined;
  }

  async close(): Promise<void> {
    const world = this.demoWorld;
    this.demoWorld = undefined;
    if (world) await (await world).close();
  }
}
