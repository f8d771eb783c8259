// The CLI's device and connectivity checks, on the same core as Customer care and the confirm screen:
// `devices [--search TEXT]` (Gigastore's supported devices list, kept a day in the data folder, searched
// with typos forgiven) and `connectivity --iccid ICCID` (whether and where the eSIM was last seen on a
// network, with the steps for the customer). Sentences are the clerk's English strings. Exit codes: 0 the
// phone is in the list / the eSIM was seen; 5 the phone is not in the list as typed / never seen; 1 errors.
import { deviceName } from '../../shared/gigastore-devices';
import { z } from 'zod';
import { checkConnectivity, type ConnectivityView } from '../core/care/esim-connectivity';
import { DeviceCatalogue, type DeviceCheck } from '../core/devices/device-catalogue';
import { client, json, type CommandContext } from './commands';
import { english } from './english';
import { checked, idOption } from './input';

/** The answer was no: the phone is not in the list as typed, or the eSIM was never seen on a network. */
export const EXIT_NO = 5;

const SearchSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]*$/u, { error: 'control characters' });

function searchOption(context: CommandContext): string | undefined {
  const value = context.options.search;
  if (typeof value !== 'string') return undefined;
  return checked(SearchSchema, '--search', value.trim(), 'a phone brand and model');
}

function catalogueFor(context: CommandContext): DeviceCatalogue {
  // The client (and its credentials) only when the list held in the data folder is over a day old.
  return new DeviceCatalogue({
    dataDir: context.env.dataDir,
    fetchDevices: () => client(context.env).supportedDevices(),
  });
}

export async function devices(context: CommandContext): Promise<number> {
  const search = searchOption(context);
  const catalogue = catalogueFor(context);
  if (search !== undefined) return printCheck(context, await catalogue.check(search));
  const list = await catalogue.list();
  if (list.stale) context.io.err(`${english('devices.stale', { date: list.fetchedAt })} (${list.problem ?? ''})`);
  if (context.options.json) {
    list.devices.forEach((device) => context.io.out(json({ ...device, name: deviceName(device) })));
    return 0;
  }
  context.io.out(`${english('devices.listFrom', { date: list.fetchedAt })}: ${list.devices.length} models.`);
  list.devices.forEach((device) => context.io.out(`  ${deviceName(device)}`));
  context.io.out(english('devices.carrierLock'));
  return 0;
}

function printCheck(context: CommandContext, check: DeviceCheck): number {
  const outcome = english(`devices.outcome.${check.outcome}`);
  const reminder = english(check.reminder.clerkKey);
  if (check.stale) context.io.err(english('devices.stale', { date: check.fetchedAt }));
  if (context.options.json) {
    const { reminder: _keys, ...rest } = check;
    context.io.out(json({ ...rest, sentence: outcome, reminder }));
  } else {
    const exact = check.outcome === 'found' ? check.matches[0] : undefined;
    context.io.out(exact ? `${exact.name}: ${outcome}` : outcome);
    const others = check.matches.filter((match) => match !== exact);
    if (others.length) {
      context.io.out(`${english('devices.closest')}:`);
      others.forEach((match) => context.io.out(`  ${match.name}`));
    }
    context.io.out(reminder);
  }
  return check.outcome === 'found' ? 0 : EXIT_NO;
}

const englishRegions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** "Austria (AT), network A1 Telekom Austria"; undefined when Gigastore said nothing of where. */
function place({ where }: ConnectivityView): string | undefined {
  const { countryCode, countryName, network } = where;
  const name =
    countryName ?? (countryCode && /^[A-Z]{2}$/.test(countryCode) ? englishRegions.of(countryCode) : undefined);
  const country = name && countryCode ? `${name} (${countryCode})` : (name ?? countryCode);
  if (country && network) return english('connectivity.where', { country, network });
  if (country) return english('connectivity.whereCountry', { country });
  return network ? english('connectivity.whereNetwork', { network }) : undefined;
}

export async function connectivity(context: CommandContext): Promise<number> {
  const iccid = idOption(context.options, 'iccid', 'iccid');
  const view = await checkConnectivity(client(context.env), iccid);
  const summary = english(view.summaryKey, { status: view.status ?? '' });
  const guidance = view.guidanceKeys.map((key) => english(key));
  const where = place(view);
  if (context.options.json) {
    const { summaryKey: _summary, guidanceKeys: _guidance, ...rest } = view;
    context.io.out(json({ ...rest, summary, ...(where ? { place: where } : {}), guidance }));
  } else {
    context.io.out(`${iccid}  ${summary}`);
    if (view.lastSeen) context.io.out(english('connectivity.lastSeen', { when: view.lastSeen }));
    if (where) context.io.out(where);
    context.io.out(english('connectivity.guidanceTitle'));
    guidance.forEach((step) => context.io.out(`  - ${step}`));
  }
  return view.situation === 'never-seen' ? EXIT_NO : 0;
}
