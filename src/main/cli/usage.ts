// The CLI's help text and the error that means "the command line itself is wrong".

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: esim-counter <command> [options]

Commands:
  inventory                               list the packages the store sells
  devices [--search TEXT]                 Gigastore's supported phones (fetched once a day, kept in the
                                          data folder); --search finds a brand and model, typos forgiven:
                                          exit 0 in the list, 5 not in the list as typed
  sell --item ID --country CC [--email E] activate a first package and print the sale
  status --iccid ICCID                    print the eSIM's current state
  watch --iccid ICCID [--timeout S]       print every state change until INSTALLED (exit 0),
                                          ERROR (exit 2) or the time-out (exit 3, default 600 s)
  connectivity --iccid ICCID              whether and where the eSIM was last seen on a network, and
                                          what the customer should try (exit 5: never seen)
  journal [--json|--csv] [--from DATE] [--to DATE]
                                          every sale in the journal (dates YYYY-MM-DD, local days)
  reconcile                               settle sales whose outcome was lost and look for late or double
                                          charges; prints each outcome (exit 4 while a double charge
                                          is not refunded)
  report [--day DATE | --shift ID] [--store] [--json|--csv]
                                          the Z report of a day (default today, the computer's local
                                          day; TZ sets the time zone) or a shift (its id is the moment it
                                          started, listed by the day's report): takings per currency by
                                          package, clerk, counter and activation mode, refunds, sales still
                                          being checked, checked against Gigastore's sales list. --store:
                                          every counter whose id shares this one's part before its last
                                          "-" (VIE3-1, VIE3-2), or the whole account without a "-".
                                          Exit 5 when the check found a difference, 6 while it is not
                                          yet checkable (a sale too young or being checked, a cut list)
  retry --sale ID                         send a sale that was not charged (or was refused) again, as the
                                          same sale, after one more look at Gigastore finds no trace of it
  lookup --iccid ICCID | --email EMAIL    find a customer (exact, then by prefix): eSIMs and packages
  topup --customer UID --item ID [--country CC]
                                          another package for a customer (journaled like a sale);
                                          prints the customer's eSIM (ICCID), or each one when several
  refund --item UID --reason TEXT         refund an unused package (Gigastore's refusal is printed as is)
  simulator [--port N] [--faults LIST]    run the Gigastore simulator and print its base URL and faults

Every command takes --json: one JSON object per line on stdout. Every option is checked before anything
is journaled or sent: a bad one is one sentence on stderr and exit 1. Human output shows Gigastore's
text without control characters or terminal escape sequences; JSON keeps it whole, escaped.

Simulator faults (--faults, comma-separated, e.g. --faults list-lag=40,lost-answer*2):
  lost-answer                  the next sale is charged, then the connection drops without an answer
  late-charge=SECONDS          the next sale gets no answer; its charge lands SECONDS later
  after-charge=STATUS          the next sale is charged, then answered STATUS (401, 409 or 500 to 599)
                               (these three take *N for the next N sales, e.g. lost-answer*3; a sale
                               here is any request that spends credit: register, top-up, new eSIM)
  list-lag=SECONDS             the sales list shows a sale only SECONDS after it was sold
  list-cap=N                   the sales list answers at most N sales, with no sign of more
  idempotency=honoured|ignored honoured: a repeated idempotency-key gets the first answer, no new charge
                               (default ignored: a repeat charges again)
  list-shape=wrapped|bare      wrapped: the sales list comes as { "items": [...] } instead of an array
  (the last four last until the simulator stops or DELETE /_simulator/faults clears them)

Environment:
  GIGASTORE_BASE_URL       Gigastore API address (default https://api.giga.store); https only, except
                           http to this machine (127.0.0.1, ::1, localhost). A sale is demo (never
                           costs anything) only when the simulator itself answers there
  GIGASTORE_CLIENT_ID      API client id     (the simulator accepts demo / demo)
  GIGASTORE_CLIENT_SECRET  API client secret
  ESIM_COUNTER_DATA_DIR    full path of the folder of the journal and settings (default: the app's own)
  ESIM_COUNTER_STORE_IP    the store's public IP, sent as userIp with every sale
  ESIM_COUNTER_COUNTER_ID  this counter's id, the first part of every sale id
  ESIM_COUNTER_POLICY      full path of the organisation's policy file (default: the machine's own, e.g.
                           /etc/esim-counter/policy.json); a variable contradicting a value it sets is
                           refused, and while it is refused only journal and simulator run`;
