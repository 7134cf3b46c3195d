import { describe, expect, it } from 'vitest';
import { databaseLoss, runShutdown, type ShutdownStep, withInjectedFaults } from './shutdown';

describe('runShutdown', () => {
  it('names a close that throws and one that outlasts its time limit, and still runs every later phase', async () => {
    const done: string[] = [];
    const warned: string[] = [];
    const step = (name: string, stop: () => unknown): ShutdownStep => ({ name, stop });
    const started = Date.now();
    const failed = await runShutdown(
      [
        [step('the Workers', () => void done.push('the Workers'))],
        [
          step('the demo', () => {
            throw new Error('socket hang up');
          }),
          step('the relay', () => new Promise(() => {})),
          step('the mail server', async () => void done.push('the mail server')),
        ],
        [step('Postgres', () => void done.push('Postgres'))],
      ],
      { timeoutMs: 200, warn: (line) => warned.push(line) },
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(done).toEqual(['the Workers', 'the mail server', 'Postgres']);
    expect(failed.sort()).toEqual(['the demo', 'the relay']);
    expect(warned.sort()).toEqual([
      'the demo failed to stop: socket hang up',
      'the relay did not stop within 0.2s; left to end with this process',
    ]);
  });

  it("gives a step its own time limit over the phase's", async () => {
    const warned: string[] = [];
    const slow = { name: 'the Workers', stop: () => new Promise((r) => setTimeout(r, 300)), timeoutMs: 2_000 };
    expect(await runShutdown([[slow]], { timeoutMs: 50, warn: (line) => warned.push(line) })).toEqual([]);
    expect(warned).toEqual([]);
  });
});

describe('withInjectedFaults (AE_TEST_FAULTY_CLOSE)', () => {
  const phases: ShutdownStep[][] = [
    [{ name: 'the Workers', stop: () => 'stopped' }],
    [
      { name: 'the Podruga demo', stop: () => 'closed' },
      { name: 'the Google/GitHub server', stop: () => 'closed' },
    ],
  ];

  it('leaves the steps alone when unset', () => {
    expect(withInjectedFaults(phases, undefined)).toEqual(phases);
    expect(withInjectedFaults(phases, '')).toEqual(phases);
  });

  it('makes the named steps throw or hang, and no other', async () => {
    const [workers, demo, oidc] = withInjectedFaults(
      phases,
      'the Podruga demo=throws; the Google/GitHub server=hangs',
    ).flat();
    expect(workers!.stop()).toBe('stopped');
    expect(() => demo!.stop()).toThrow('the Podruga demo could not close (AE_TEST_FAULTY_CLOSE)');
    const outcome = await Promise.race([oidc!.stop(), new Promise((r) => setTimeout(r, 100, 'still waiting'))]);
    expect(outcome).toBe('still waiting');
  });
});

describe('databaseLoss', () => {
  it("words the drivers' lost connections, and nothing else", () => {
    expect(databaseLoss(new Error('Connection terminated unexpectedly'))).toBe(
      'Postgres stopped answering: Connection terminated unexpectedly',
    );
    expect(databaseLoss({ message: 'connect ECONNREFUSED 127.0.0.1:54320' })).toBe(
      'Postgres stopped answering: connect ECONNREFUSED 127.0.0.1:54320',
    );
    expect(databaseLoss(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeUndefined();
  });
});
