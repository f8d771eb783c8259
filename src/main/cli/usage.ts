// The CLI's help text and the error that means "the command line itself is wrong".

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: esim-counter <command> [options]

Commands:
  inventory                               list the packages the store sells
  sell --item ID --country CC [--email E] activate a first package and print the sale
  status --iccid ICCID                    print the eSIM's current state
  watch --iccid ICCID [--timeout S]       print every state change until INSTALLED (exit 0),
                                          ERROR (exit 2) or the time-out (exit 3, default 600 s)
  journal [--json|--csv] [--from DATE] [--to DATE]
                                          every sale in the journal (dates YYYY-MM-DD, local days)
  reconcile                               settle sales whose outcome was lost and look for late or double
                                          charges; prints each outcome (exit 4 while a double charge
                                          is not refunded)
  retry --sale ID                         send a sale that was not charged (or was refused) again, as the
                                          same sale, after one more look at Gigastore finds no trace of it
  lookup --iccid ICCID | --email EMAIL    find a customer (exact, then by prefix): eSIMs and packages
  topup --customer UID --item ID [--country CC]
                                          another package for a customer (journaled like a sale)
  refund --item UID --reason TEXT         refund an unused package (Gigastore's refusal is printed as is)
  simulator [--port N]                    run the Gigastore simulator and print its base URL

Every command takes --json: one JSON object per line on stdout.

Environment:
  GIGASTORE_BASE_URL       Gigastore API address (default https://api.giga.store)
  GIGASTORE_CLIENT_ID      API client id     (the simulator accepts demo / demo)
  GIGASTORE_CLIENT_SECRET  API client secret
  ESIM_COUNTER_DATA_DIR    folder of the journal and settings (default: the app's own folder)
  ESIM_COUNTER_STORE_IP    the store's public IP, sent as userIp with every sale
  ESIM_COUNTER_COUNTER_ID  this counter's id, the first part of every sale id`;
