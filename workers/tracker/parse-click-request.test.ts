import { describe, expect, test } from 'vitest';
import { parseClickRequest } from './parse-click-request';
import { splitRequestUrl } from './split-request-url';

const parse = (raw: string) => parseClickRequest(splitRequestUrl(new URL(raw).href));

describe('parseClickRequest reads the query as URLSearchParams does', () => {
  test.each([
    '?o=p1&a=a1&sub1=x',
    '?sub1=spring+sale%26x%3D1&sub10=z',
    '?sub1=first&sub1=second',
    '?sub%31=encoded-name',
    '?sub1=%E0%A4%A&sub2=%zz&sub3=%F0%9F%98%80',
    '?sub1&sub2=&=v&&sub3==x',
    `?sub1=${'y'.repeat(300)}`,
    '?o=&a=',
  ])('%s', (search) => {
    const req = parse(`http://localhost/click${search}`);
    const params = new URL(`http://localhost/click${search}`).searchParams;
    expect(req).toMatchObject({ form: 'click' });
    if (req?.form !== 'click') return;
    expect(req.sub).toEqual(Array.from({ length: 10 }, (_, i) => params.get(`sub${i + 1}`)?.slice(0, 256) ?? null));
    expect(req.programId).toBe(params.get('o') || null);
    expect(req.affiliateId).toBe(params.get('a') || null);
  });

  test('form 1 notes repeated parameter names (they change how the query joins the landing URL)', () => {
    expect(parse('https://app.example/aff/AB12?a=1&b=2')).toMatchObject({
      form: 'aff_path',
      code: 'AB12',
      repeatedNames: false,
      sameSite: 'https://app.example/?a=1&b=2',
    });
    expect(parse('https://app.example/aff/AB12?a=1&a=2')).toMatchObject({ repeatedNames: true });
  });

  test('short links and other paths', () => {
    expect(parse('https://t.example/r/spring-1?sub2=x')).toMatchObject({
      form: 'short_link',
      slug: 'spring-1',
      sub: [null, 'x', null, null, null, null, null, null, null, null],
    });
    expect(parse('https://t.example/r/bad%20slug')).toMatchObject({ form: 'short_link', slug: null });
    expect(parse('https://t.example/pricing')).toBeNull();
  });
});
