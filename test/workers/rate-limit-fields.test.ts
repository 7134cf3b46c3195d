import { describe, expect, it } from 'vitest';
import { api, expectStatus, randomIp, signUpVerified, uniqueEmail } from '../accounts';
import { freshRateLimitWindow } from '../rate-limit-window';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// IETF RateLimit / RateLimit-Policy (draft-ietf-httpapi-ratelimit-headers-11) on the rate-limited API's answers.
const spray = (ip: string) => api('POST', '/auth/login', { email: uniqueEmail('rl'), password: 'guess' }, { ip });

/** The `r` and `t` of one policy in a RateLimit field. */
function limitOf(res: Response, policy: string): { r: number; t: number } {
  const item = (res.headers.get('ratelimit') ?? '').split(', ').find((i) => i.startsWith(`"${policy}";`));
  const m = /;r=(\d+);t=(\d+)$/.exec(item ?? '');
  if (!m) throw new Error(`no ${policy} in RateLimit: ${res.headers.get('ratelimit')}`);
  return { r: Number(m[1]), t: Number(m[2]) };
}

describe('RateLimit fields', () => {
  it('a limited route counts each address down on its own, with the policy it counts against', async () => {
    await freshRateLimitWindow();
    const [a, b] = [randomIp(), randomIp()];
    const first = await spray(a);
    await expectStatus(first, 401);
    expect(first.headers.get('ratelimit-policy')).toBe('"login.ip";q=20;w=60');
    const { r, t } = limitOf(first, 'login.ip');
    expect(r).toBe(19);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(60);
    const second = await spray(a);
    await second.body?.cancel();
    expect(limitOf(second, 'login.ip').r).toBe(18);
    // Another client's counter is its own.
    const other = await spray(b);
    await other.body?.cancel();
    expect(limitOf(other, 'login.ip').r).toBe(19);
    expect(limitOf(await spray(a), 'login.ip').r).toBe(17);
  });

  it('a 429 carries Retry-After and the fields, nothing left until then', async () => {
    await freshRateLimitWindow();
    const ip = randomIp();
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) {
      await last?.body?.cancel();
      last = await spray(ip);
    }
    expect(await expectStatus(last!, 429)).toMatchObject({ error: { code: 'rate_limited' } });
    expect(last!.headers.get('retry-after')).toBe('60');
    expect(last!.headers.get('ratelimit')).toBe('"login.ip";r=0;t=60');
    expect(last!.headers.get('ratelimit-policy')).toBe('"login.ip";q=20;w=60');
  });

  it('an account lockout names its own policy beside the address budget, Retry-After not before its window ends', async () => {
    const { email } = await signUpVerified();
    const ip = randomIp();
    for (let i = 0; i < 5; i++)
      await expectStatus(api('POST', '/auth/login', { email, password: `wrong ${i}` }, { ip }), 401);
    const locked = await api('POST', '/auth/login', { email, password: 'wrong again' }, { ip });
    expect(await expectStatus(locked, 429)).toMatchObject({ error: { code: 'rate_limited' } });
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(limitOf(locked, 'login_failure')).toEqual({ r: 0, t: retryAfter });
    expect(limitOf(locked, 'login.ip').r).toBeGreaterThan(0);
    expect(locked.headers.get('ratelimit-policy')).toContain('"login_failure";q=5;w=900');
  });
});
