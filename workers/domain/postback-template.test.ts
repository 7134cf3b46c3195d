import { describe, expect, it } from 'vitest';
import { checkPostbackTemplate } from './postback-template';

describe('checkPostbackTemplate', () => {
  it.each([
    'https://tracker.example.com/pb?cid={click_id}&s={status}&p={payout}&c={currency}',
    'https://tracker.example.com/{affiliate_id}/{advertiser_id}/{offer_id}?t={timestamp}',
    'https://tracker.example.com/pb?s1={sub1}&s10={sub10}',
    'https://tracker.example.com/static',
  ])('accepts %s', (template) => {
    expect(checkPostbackTemplate(template)).toBeNull();
  });

  it.each([
    ['an unknown macro', 'https://t.example.com/pb?x={clickid}', 'unknown_macros'],
    ['sub11', 'https://t.example.com/pb?x={sub11}', 'unknown_macros'],
    ['an upper-case macro', 'https://t.example.com/pb?x={CLICK_ID}', 'unknown_macros'],
    ['an empty macro', 'https://t.example.com/pb?x={}', 'unknown_macros'],
    ['an unclosed brace', 'https://t.example.com/pb?x={click_id', 'stray_brace'],
    ['a lone closing brace', 'https://t.example.com/pb?x=}', 'stray_brace'],
    ['a macro as the host', 'https://{sub1}/pb', 'unsafe_url'],
    ['a macro inside the host', 'https://{sub1}.example.com/pb', 'macro_in_host'],
    ['a macro after the host', 'https://example.com{sub1}/pb', 'macro_in_host'],
    ['a macro as the port', 'https://example.com:{payout}/pb', 'unsafe_url'],
    ['http', 'http://t.example.com/pb?cid={click_id}', 'unsafe_url'],
    ['a private address', 'https://10.0.0.5/pb?cid={click_id}', 'unsafe_url'],
    ['localhost', 'https://localhost/pb?cid={click_id}', 'unsafe_url'],
  ])('refuses %s', (_label, template, kind) => {
    expect(checkPostbackTemplate(template)?.kind).toBe(kind);
  });
});
