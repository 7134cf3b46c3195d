import { expect, test } from 'vitest';
import { expandMacros } from './macros';

test.each([
  {
    label: 'fills known macros',
    template: 'https://o.example/?cid={click_id}&s1={sub1}',
    values: { click_id: 'abc', sub1: 'x' },
    expected: 'https://o.example/?cid=abc&s1=x',
  },
  {
    label: 'URL-encodes values',
    template: 'https://o.example/?s={sub1}',
    values: { sub1: 'a&b=c d/é' },
    expected: 'https://o.example/?s=a%26b%3Dc%20d%2F%C3%A9',
  },
  {
    label: 'cannot inject a host',
    template: 'https://{sub1}o.example/',
    values: { sub1: 'evil.example/' },
    expected: 'https://evil.example%2Fo.example/',
  },
  {
    label: 'empties missing values',
    template: 'https://o.example/?s2={sub2}',
    values: {},
    expected: 'https://o.example/?s2=',
  },
  {
    label: 'keeps unknown macros',
    template: 'https://o.example/?x={unknown}',
    values: { unknown: 'v' },
    expected: 'https://o.example/?x={unknown}',
  },
  { label: 'fills every occurrence', template: '{offer_id}-{offer_id}', values: { offer_id: 'p' }, expected: 'p-p' },
])('$label', ({ template, values, expected }) => expect(expandMacros(template, values)).toBe(expected));
