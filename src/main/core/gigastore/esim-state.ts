// One eSIM's state as Gigastore tells it now. No single-eSIM endpoint exists: the customer is read and
// the eSIM picked by ICCID; when the customer no longer lists it, an ICCID search finds it.
import { ConsoleError } from '../errors';
import type { GigastoreClient } from './client';

export async function readEsimState(client: GigastoreClient, customerUid: string, iccid: string): Promise<string> {
  const details = await client.customer(customerUid);
  const esim =
    details.relatedEsims.find((candidate) => candidate.iccid === iccid) ??
    (await client.searchCustomers({ searchKey: 'ICCID', searchQuery: iccid, searchMode: 'isExact' }))
      .flatMap((customer) => customer.relatedEsims)
      .find((candidate) => candidate.iccid === iccid);
  if (!esim) throw new ConsoleError('esim.missing', `Gigastore does not list the eSIM ${iccid} any more.`);
  return esim.state;
}
