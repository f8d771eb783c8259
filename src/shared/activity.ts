// One line of the counter's activity: a sale, top-up, refund or receipt (from the sales journal), or a
// settings, mode, credentials, PIN or shift change, a customer opened in Customer care or their QR shown
// again (from the audit trail), with who and when.
type ActivityAction =
  | 'first'
  | 'topup'
  | 'second-esim'
  | 'refund'
  | 'receipt'
  | 'settings'
  | 'mode'
  | 'credentials'
  | 'manager-pin'
  | 'manager-pin-failed'
  | 'manager-locked-out'
  | 'manager-pin-reset'
  | 'shift-start'
  | 'shift-end'
  | 'customer-opened'
  | 'qr-shown';

export interface ActivityEntry {
  at: string;
  action: ActivityAction;
  clerk?: string;
  saleId?: string;
  detail: string;
}
