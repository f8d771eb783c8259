import { describe, expect, it } from 'vitest';
import { isTerminalEsimState } from '../../src/shared/handoff';
import { GigastoreError } from '../../src/main/core/gigastore/errors';
import type { Tracking } from '../../src/shared/handoff';
import { adaptiveInterval, DELIVERY_JITTER_ALLOWANCE_MS, EsimPoller } from '../../src/main/core/poller';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function poller(read: () => Promise<string>, overrides: { timeoutMs?: number; maxBackoffMs?: number } = {}) {
  const states: string[] = [];
  const tracking: Tracking[] = [];
  let reads = 0;
  const instance = new EsimPoller({
    read: () => {
      reads++;
      return read();
    },
    onState: (state) => states.push(state),
    onTracking: (change) => tracking.push(change),
    isTerminal: isTerminalEsimState,
    intervalMs: () => 10,
    timeoutMs: overrides.timeoutMs ?? 5_000,
    maxBackoffMs: overrides.maxBackoffMs ?? 40,
  });
  return { instance, states, tracking, reads: () => reads };
}

describe('eSIM poller', () => {
  it('reports each state and stops at INSTALLED, reading nothing more', async () => {
    const script = ['RELEASED', 'RELEASED', 'INSTALLED', 'RELEASED'];
    const subject = poller(async () => script.shift() ?? 'RELEASED');
    subject.instance.start();
    await wait(150);
    expect(subject.states).toEqual(['RELEASED', 'RELEASED', 'INSTALLED']);
    expect(subject.reads()).toBe(3);
    expect(subject.instance.active).toBe(false);
    expect(subject.tracking.at(-1)?.status).toBe('stopped');
  });

  it('stops at ERROR', async () => {
    const subject = poller(async () => 'ERROR');
    subject.instance.start();
    await wait(60);
    expect(subject.reads()).toBe(1);
    expect(subject.instance.active).toBe(false);
  });

  it('keeps following DISABLED and unknown states', async () => {
    const subject = poller(async () => 'DOWNLOADED');
    subject.instance.start();
    await wait(80);
    subject.instance.stop();
    expect(subject.reads()).toBeGreaterThan(2);
    expect(new Set(subject.states)).toEqual(new Set(['DOWNLOADED']));
  });

  it('stops when told, with no read after stop()', async () => {
    const subject = poller(async () => 'RELEASED');
    subject.instance.start();
    await wait(35);
    subject.instance.stop();
    const readsAtStop = subject.reads();
    await wait(60);
    expect(subject.reads()).toBe(readsAtStop);
  });

  it('times out and says so', async () => {
    const subject = poller(async () => 'RELEASED', { timeoutMs: 50 });
    subject.instance.start();
    await wait(120);
    expect(subject.instance.active).toBe(false);
    expect(subject.tracking.at(-1)?.status).toBe('timed-out');
  });

  it('backs off while reads fail, capped, then resumes live', async () => {
    let failuresLeft = 4;
    const subject = poller(async () => {
      if (failuresLeft-- > 0) throw new Error('offline');
      return 'RELEASED';
    });
    subject.instance.start();
    await wait(400);
    subject.instance.stop();
    const retries = subject.tracking.filter((change) => change.status === 'retrying').map((change) => change.retryInMs);
    expect(retries).toEqual([20, 40, 40, 40]);
    expect(subject.tracking.map((change) => change.status)).toContain('live');
    expect(subject.states[0]).toBe('RELEASED');
  });

  it('waits as long as Retry-After asks', async () => {
    let first = true;
    const subject = poller(async () => {
      if (first) {
        first = false;
        throw new GigastoreError('slow down', {
          kind: 'http',
          endpoint: 'the customer',
          status: 429,
          retryAfterMs: 70,
        });
      }
      return 'INSTALLED';
    });
    subject.instance.start();
    await wait(50);
    expect(subject.tracking.at(-1)).toMatchObject({ status: 'retrying', retryInMs: 70, message: 'slow down' });
    expect(subject.states).toEqual([]);
    await wait(80);
    expect(subject.states).toEqual(['INSTALLED']);
  });
});

describe('the read cadence', () => {
  it('starts reads one interval apart however long each read takes', async () => {
    const starts: number[] = [];
    const instance = new EsimPoller({
      read: async () => {
        starts.push(Date.now());
        await wait(40);
        return 'RELEASED';
      },
      onState: () => undefined,
      onTracking: () => undefined,
      isTerminal: isTerminalEsimState,
      intervalMs: () => 100,
      timeoutMs: 5_000,
    });
    instance.start();
    await wait(560);
    instance.stop();
    const gaps = starts.slice(1).map((at, index) => at - starts[index]!);
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    // Start to start: 100 ms, not 100 ms plus the 40 ms read (timers may fire a little late, never early).
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(99);
    // End to start would make every gap at least 140 ms.
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    expect(median).toBeLessThan(135);
  });
});

describe('the adaptive schedule', () => {
  /** When a poller following for `forMs` would start its reads: one interval apart, start to start. */
  function readTimes(baseMs: number, forMs: number): number[] {
    const times: number[] = [];
    for (let at = adaptiveInterval(baseMs, 0); at < forMs; at += adaptiveInterval(baseMs, at)) times.push(at);
    return times;
  }
  /** The most reads Gigastore sees in any minute when each read reaches it up to `jitterMs` late. */
  const busiestMinuteAtGigastore = (times: number[], jitterMs: number) =>
    Math.max(
      ...times.map((start, first) => {
        // The worst case for a window opening at read `first`: it arrives late by the whole jitter, the rest on time.
        const opensAt = start + jitterMs;
        return 1 + times.filter((at, index) => index > first && at < opensAt + 60_000).length;
      }),
    );

  it('reads at the set rate for the first 3 minutes, and never more than it in any minute at Gigastore', () => {
    for (const baseMs of [1_000, 2_000, 5_000, 30_000]) {
      const times = readTimes(baseMs, 15 * 60_000);
      expect(times[0]).toBeGreaterThanOrEqual(baseMs);
      expect(times[0]).toBeLessThan(baseMs * 1.005);
      // Reads reach Gigastore up to (just under) the allowance later than one another: still the set rate.
      expect(busiestMinuteAtGigastore(times, DELIVERY_JITTER_ALLOWANCE_MS - 1)).toBeLessThanOrEqual(60_000 / baseMs);
    }
    // The default: a read about every 2 s, so an install at any moment of the first 3 minutes waits at most that.
    const first = readTimes(2_000, 3 * 60_000);
    expect(first).toHaveLength(89);
    expect(Math.max(...first.slice(1).map((at, index) => at - first[index]!))).toBeLessThan(2_010);
  });

  it('reads less often as the chance of an install fades, never rarer than every 30 s', () => {
    // Each stretched by the delivery jitter allowance (250 ms a minute).
    expect(adaptiveInterval(2_000, 2 * 60_000)).toBeCloseTo(2_008.3, 1);
    expect(adaptiveInterval(2_000, 4 * 60_000)).toBeCloseTo(4_016.7, 1);
    expect(adaptiveInterval(2_000, 20 * 60_000)).toBeCloseTo(10_041.7, 1);
    expect(adaptiveInterval(10_000, 20 * 60_000)).toBeCloseTo(30_125, 1);
  });
});
