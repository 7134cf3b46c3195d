import { describe, expect, test } from 'vitest';
import { safeTarget } from './safe-redirect';

const allowed = ['app.example', '*.shop.example'];

describe('safeTarget', () => {
  test.each([
    'https://app.example/pricing?x=1',
    'http://app.example/',
    'https://APP.EXAMPLE/Path',
    'https://app.example./',
    'https://eu.shop.example/cart',
    'https://a.b.shop.example/',
  ])('allows %s', (raw) => expect(safeTarget(raw, allowed)).not.toBeNull());

  // Crafted open-redirect attempts: none may produce a target off the allowed domains.
  test.each([
    'https://evil.example/',
    'https://app.example.evil.example/',
    'https://evilapp.example/',
    'https://shop.example/',
    'https://evil.example/?https://app.example/',
    'https://evil.example#app.example',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    'https:\\\\evil.example',
    'https://app.example@evil.example/',
    'https://app.example:pw@evil.example/',
    'https://evil.example\\@app.example/',
    'https://evil.example%2F@app.example/',
    'https://evil%2Eexample/',
    'javascript:alert(document.domain)//app.example',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://app.example/',
    ' https://evil.example/',
    'https://evil.example\t/',
    'https://ev\u0000il.example/',
    'https:/evil.example',
    'https:evil.example',
    'https://0x7f.0.0.1/',
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://аpp.example/',
    'https://app.example%00.evil.example/',
    '',
    'not a url',
  ])('refuses %j', (raw) => expect(safeTarget(raw, allowed)).toBeNull());

  test('refuses everything when no domain is allowed', () => {
    expect(safeTarget('https://app.example/', [])).toBeNull();
  });
});
