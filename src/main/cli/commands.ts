// The CLI's catalogue and eSIM commands, on the same core as the app: the Gigastore client, the poller, the simulator.
// Human output by default; with --json one JSON object per line. Exit codes: 0 done, 1 error,
// 2 the eSIM ended in ERROR, 3 the watch timed out.
import { CredentialsSchema } from '../../shared/api';
import { toCatalogueItem, type CatalogueItem } from '../../shared/catalogue';
import { isTerminalEsimState } from '../../shared/handoff';
import { createGigastoreClient, type GigastoreClient } from '../core/gigastore/client';
import { EsimPoller } from '../core/poller';
import { NamedFaultError, parseNamedFaults, type NamedFault } from '../simulator/named-faults';
import { GigastoreSimulator } from '../simulator/server';
import type { CliEnvironment } from './environment';
import { checkBaseUrl } from './gigastore-target';
import { checked, idOption, portOption, timeoutOption, type Options } from './input';
import { jsonLine, type Output } from './terminal-text';
import { UsageError } from './usage';

export interface CommandContext {
  env: CliEnvironment;
  options: Options;
  io: Output;
  /** Resolves when the process is asked to stop (SIGINT / SIGTERM). */
  stopped: Promise<void>;
}

export const json = jsonLine;

/** A client for the Gigastore in the environment: credentials present and sane, the address https or loopback. */
export function client(env: CliEnvironment): GigastoreClient {
  if (!env.credentials) {
    throw new UsageError('Set GIGASTORE_CLIENT_ID and GIGASTORE_CLIENT_SECRET (the simulator accepts demo / demo).');
  }
  const { clientId, clientSecret } = CredentialsSchema.shape;
  const credentials = {
    clientId: checked(clientId, 'GIGASTORE_CLIENT_ID', env.credentials.clientId, 'a client id'),
    clientSecret: checked(
      clientSecret,
      'GIGASTORE_CLIENT_SECRET',
      env.credentials.clientSecret,
      'a client secret',
      false,
    ),
  };
  const baseUrl = checkBaseUrl(env.baseUrl);
  return createGigastoreClient({ baseUrl: baseUrl.href, credentials: () => credentials });
}

function describeItem(item: CatalogueItem): string {
  const validity = item.validityUnlimited ? 'unlimited' : `${item.validitySize} ${item.validityUnit}`;
  const price = `${item.retailPrice.priceValue.toFixed(2)} ${item.retailPrice.currencyCode}`;
  return `${item.id}  ${item.name}  [${item.countrySet}]  ${item.sizeValue} ${item.sizeUnit}  ${validity}  ${price}`;
}

export async function inventory(context: CommandContext): Promise<number> {
  const items = (await client(context.env).inventory()).map(toCatalogueItem);
  for (const item of items) {
    context.io.out(context.options.json ? json(item) : describeItem(item));
  }
  return 0;
}

async function findEsim(gigastore: GigastoreClient, iccid: string) {
  const [customer] = await gigastore.searchCustomers({ searchKey: 'ICCID', searchQuery: iccid, searchMode: 'isExact' });
  const esim = customer?.relatedEsims.find((candidate) => candidate.iccid === iccid);
  if (!customer || !esim) throw new UsageError(`Gigastore has no eSIM with ICCID ${iccid}.`);
  return { customerUid: customer.customer.uid, esim };
}

export async function status(context: CommandContext): Promise<number> {
  const iccid = idOption(context.options, 'iccid', 'iccid');
  const { customerUid, esim } = await findEsim(client(context.env), iccid);
  context.io.out(context.options.json ? json({ iccid, state: esim.state, customerUid }) : `${iccid}  ${esim.state}`);
  return 0;
}

export async function watch(context: CommandContext): Promise<number> {
  const iccid = idOption(context.options, 'iccid', 'iccid');
  const timeoutSeconds = timeoutOption(context.options, 600);
  const gigastore = client(context.env);
  const { customerUid, esim } = await findEsim(gigastore, iccid);
  const print = (state: string) =>
    context.io.out(
      context.options.json
        ? json({ iccid, state, at: new Date().toISOString() })
        : `${new Date().toISOString()}  ${iccid}  ${state}`,
    );

  print(esim.state);
  if (isTerminalEsimState(esim.state)) return esim.state === 'INSTALLED' ? 0 : 2;
  let last = esim.state;
  return new Promise<number>((resolve) => {
    const poller = new EsimPoller({
      read: async () => {
        const details = await gigastore.customer(customerUid);
        return details.relatedEsims.find((candidate) => candidate.iccid === iccid)?.state ?? 'UNKNOWN';
      },
      onState: (state) => {
        if (state !== last) print(state);
        last = state;
        if (state === 'INSTALLED') resolve(0);
        if (state === 'ERROR') resolve(2);
      },
      onTracking: (tracking) => {
        if (tracking.status === 'retrying' && tracking.message) context.io.err(`${tracking.message} Retrying.`);
        if (tracking.status === 'timed-out') {
          context.io.err(`The eSIM was still ${last} after ${timeoutSeconds} s.`);
          resolve(3);
        }
      },
      isTerminal: isTerminalEsimState,
      intervalMs: () => context.env.settings.pollIntervalMs,
      timeoutMs: timeoutSeconds * 1000,
    });
    poller.start();
    void context.stopped.then(() => {
      poller.stop();
      resolve(1);
    });
  });
}

export async function simulator(context: CommandContext): Promise<number> {
  const port = portOption(context.options);
  const namedFaults = faultsOption(context.options.faults);
  const running = await new GigastoreSimulator({ port, namedFaults }).start();
  const active = running.namedFaults.describe();
  if (context.options.json) context.io.out(json({ baseUrl: running.baseUrl, faults: active }));
  else {
    context.io.out(`Gigastore simulator on ${running.baseUrl} (client id demo, secret demo). Ctrl+C stops it.`);
    context.io.out(active.length ? `Faults: ${active.join(', ')}.` : 'Faults: none (a healthy Gigastore).');
  }
  await context.stopped;
  await running.close();
  return 0;
}

/** --faults LIST, read before the simulator starts so a bad list costs no port. */
function faultsOption(value: string | boolean | undefined): NamedFault[] {
  if (typeof value !== 'string') return [];
  try {
    return parseNamedFaults(value);
  } catch (error) {
    if (error instanceof NamedFaultError) throw new UsageError(error.message);
    throw error;
  }
}
