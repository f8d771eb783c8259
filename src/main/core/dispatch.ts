// One ConsoleApi call arriving from outside the process (IPC, or the browser-test binding): the method
// name must be in the contract and the arguments must pass its schema before the core sees them.
import { consoleArgs, type ConsoleApi, type ConsoleMethod, type Result } from '../../shared/api';
import { settle } from './errors';

function isConsoleMethod(name: unknown): name is ConsoleMethod {
  return typeof name === 'string' && Object.hasOwn(consoleArgs, name);
}

export async function dispatchConsoleCall(api: ConsoleApi, method: unknown, args: unknown[]): Promise<Result<unknown>> {
  if (!isConsoleMethod(method)) {
    return { ok: false, error: { code: 'ipc.unknown-method', message: 'The console has no such call.' } };
  }
  const parsed = consoleArgs[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.slice(1).join('.') || 'the request';
    return { ok: false, error: { code: 'ipc.invalid-arguments', message: `${where}: ${issue?.message ?? 'invalid'}` } };
  }
  return settle(() => (api[method] as (...values: unknown[]) => Promise<unknown>)(...parsed.data));
}
