import { describe, expect, it } from 'vitest';
import { isEmbedOrigin } from './embed-origin';

describe('isEmbedOrigin', () => {
  it.each([
    ['https://app.example', true],
    ['https://app.example:8443', true],
    ['http://localhost:8796', true],
    ['http://127.0.0.1:3000', true],
    ['http://app.example', false],
    ['https://app.example/', false],
    ['https://app.example/settings', false],
    ['https://*.app.example', false],
    ['https://App.Example', false],
    ['app.example', false],
    ["https://app.example 'unsafe-inline'", false],
    [`https://${'a'.repeat(200)}.example`, false],
  ])('%s → %s', (raw, ok) => {
    expect(isEmbedOrigin(raw)).toBe(ok);
  });
});
