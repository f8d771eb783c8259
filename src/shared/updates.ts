// The app update as the clerk sees it: nothing until one is downloaded and waiting, then one line in the
// header saying when it installs (never during a sale: see main/core/updates/update-scheduler.ts).
export type UpdateView =
  /** Downloaded; installs when the clerk ends the shift, or (a counter without shifts) when the console next starts. */
  | { state: 'ready'; version: string; installsAt: 'shift-end' | 'next-start' }
  /** The console is closing to install it. */
  | { state: 'installing'; version: string };
