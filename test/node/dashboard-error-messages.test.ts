import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../dashboard/src/lib/api/api-error';
import { errorDetails, errorMessageCode } from '../../dashboard/src/lib/api/error-message';
import { ERROR_CODES } from '../../workers/errors/codes';

// Every error a person can meet is explained in a sentence of their language: each code the API answers
// (workers/errors/codes.ts) and the two the client raises itself has its entry in locales/<lang>/errors.json.

const table = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../dashboard/src/locales/${language}/errors.json`, import.meta.url), 'utf8'))
    .codes;

const CLIENT_CODES = ['network_error', 'http_error'];

describe('the error message table', () => {
  for (const language of ['en', 'ru']) {
    test(`${language}: every API error code and client error has a sentence`, () => {
      const codes = table(language);
      const missing = [...ERROR_CODES, ...CLIENT_CODES].filter((code) => !codes[code]?.trim());
      expect(missing).toEqual([]);
    });

    test(`${language}: sentences read as sentences, without engine words`, () => {
      for (const [code, sentence] of Object.entries(table(language))) {
        expect(sentence, code).toMatch(/^\p{Lu}/u);
        expect(sentence, code).toMatch(/[.!]$/);
        expect(sentence, code).not.toMatch(/\.\.|HTTP \d|reference=|attempt\(s\)|Error:|_/);
      }
    });
  }

  test('no sentence for a code the API no longer has', () => {
    const known = new Set<string>([...ERROR_CODES, ...CLIENT_CODES]);
    expect(Object.keys(table('en')).filter((code) => !known.has(code))).toEqual([]);
  });
});

const apiError = (status: number | null, code: string) =>
  new ApiError({ status, code, message: 'internal error; reference=abc', requestId: 'req-1' });

describe('errorMessageCode', () => {
  const known = (code: string) => code in table('en');
  test.each([
    ['a known code', apiError(409, 'coupon_code_taken'), 'coupon_code_taken'],
    ['no answer at all', apiError(null, 'network_error'), 'network_error'],
    ['an unknown code on a 500', apiError(500, 'brand_new'), 'internal'],
    ['an unknown code on a 502', apiError(502, 'http_error_x'), 'internal'],
    ['an unknown code on a 403', apiError(403, 'new_rule'), 'forbidden'],
    ['an unknown code on a 410', apiError(410, 'gone_now'), 'not_found'],
    ['an unknown code on a 418', apiError(418, 'teapot'), 'bad_request'],
    ['a plain exception', new Error('boom'), 'http_error'],
  ])('%s', (_label, error, expected) => {
    expect(errorMessageCode(error, known)).toBe(expected);
  });

  test('the technical side stays available for the details toggle', () => {
    expect(errorDetails(apiError(500, 'internal'))).toEqual({
      status: 500,
      code: 'internal',
      requestId: 'req-1',
      message: 'internal error; reference=abc',
    });
  });
});
