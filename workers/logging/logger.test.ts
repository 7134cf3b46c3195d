import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatLine, levelEnabled } from './format-line';
import { createLogger } from './logger';

const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

describe('formatLine', () => {
  it('puts level and event first, then bound fields, then the call fields', () => {
    const line = formatLine('info', 'cron_job_done', { cron: '* * * * *', job: 'a' }, { job: 'b', result: 1 });
    expect(line).toBe('{"level":"info","event":"cron_job_done","cron":"* * * * *","job":"b","result":1}');
  });

  it('never lets a field replace the level or the event', () => {
    expect(parse(formatLine('warn', 'x', { level: 'debug' }, { event: 'y', level: 'error' }))).toEqual({
      level: 'warn',
      event: 'x',
    });
  });

  it('serialises errors with name, message, stack and cause', () => {
    const err = new TypeError('outer', { cause: new Error('inner') });
    const { error } = parse(formatLine('error', 'boom', {}, { error: err })) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ name: 'TypeError', message: 'outer', cause: { name: 'Error', message: 'inner' } });
    expect(error.stack).toContain('outer');
  });

  it("keeps a database error's code and names, and a deadlock's detail, never another's detail", () => {
    const pg = (code: string, detail: string) =>
      Object.assign(new Error('db'), { code, detail, constraint: 'users_email_key', table: 'users', column: '' });
    const wrap = (cause: Error) =>
      (
        parse(formatLine('error', 'boom', {}, { error: new Error('Failed query', { cause }) })) as {
          error: { cause: Record<string, unknown> };
        }
      ).error.cause;
    const deadlock = 'Process 1 waits for ExclusiveLock on advisory lock [1,2,3,1]; blocked by process 2.';
    expect(wrap(pg('40P01', deadlock))).toMatchObject({ code: '40P01', detail: deadlock, table: 'users' });
    const unique = wrap(pg('23505', 'Key (email)=(someone@example.com) already exists.'));
    expect(unique).toMatchObject({ code: '23505', constraint: 'users_email_key', table: 'users' });
    expect(unique).not.toHaveProperty('detail');
    expect(unique).not.toHaveProperty('column');
  });

  it('does not throw on a value JSON refuses', () => {
    expect(parse(formatLine('error', 'odd', { requestId: 'r1' }, { n: 1n }))).toMatchObject({
      level: 'error',
      event: 'odd',
      requestId: 'r1',
      logError: expect.stringContaining('BigInt'),
    });
  });

  it('orders levels debug < info < warn < error', () => {
    expect(levelEnabled('debug', 'info')).toBe(false);
    expect(levelEnabled('info', 'info')).toBe(true);
    expect(levelEnabled('error', 'warn')).toBe(true);
    expect(levelEnabled('warn', 'error')).toBe(false);
  });
});

describe('createLogger', () => {
  afterEach(() => vi.restoreAllMocks());

  const capture = () => {
    const lines: { method: string; line: Record<string, unknown> }[] = [];
    for (const method of ['debug', 'log', 'warn', 'error'] as const)
      vi.spyOn(console, method).mockImplementation((line: string) => void lines.push({ method, line: parse(line) }));
    return lines;
  };

  it('drops lines below its level and writes each level with its console method', () => {
    const lines = capture();
    const log = createLogger({ level: 'info' });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(lines.map((l) => [l.method, l.line.event])).toEqual([
      ['log', 'i'],
      ['warn', 'w'],
      ['error', 'e'],
    ]);
    lines.length = 0;
    createLogger({ level: 'error' }).warn('w');
    createLogger({ level: 'warn' }).child({ job: 'a' }).info('i');
    createLogger({ level: 'debug' }).debug('d');
    expect(lines.map((l) => [l.method, l.line.event])).toEqual([['debug', 'd']]);
  });

  it('defaults to info', () => {
    const lines = capture();
    createLogger().debug('d');
    createLogger().info('i');
    expect(lines.map((l) => l.line.event)).toEqual(['i']);
  });

  it('binds fields at creation and in children, leaving the parent as it was', () => {
    const lines = capture();
    const log = createLogger({ fields: { queue: 'postbacks' } });
    const child = log.child({ messageId: 'm-1' });
    child.error('postback_consume_failed', { error: 'down' });
    log.info('batch_done');
    expect(lines.map((l) => l.line)).toEqual([
      { level: 'error', event: 'postback_consume_failed', queue: 'postbacks', messageId: 'm-1', error: 'down' },
      { level: 'info', event: 'batch_done', queue: 'postbacks' },
    ]);
  });
});
