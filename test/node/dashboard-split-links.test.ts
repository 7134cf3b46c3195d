import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../dashboard/src/features/messages/split-links';

describe('splitLinks (message text)', () => {
  it.each([
    ['plain text stays text', 'Hello <b>there</b>', [{ text: 'Hello <b>there</b>', at: 0 }]],
    [
      'an https address becomes a link, the sentence’s full stop does not',
      'See https://example.com/a?b=1.',
      [
        { text: 'See ', at: 0 },
        { text: 'https://example.com/a?b=1', at: 4, href: 'https://example.com/a?b=1' },
        { text: '.', at: 29 },
      ],
    ],
    ['javascript: is never a link', 'javascript:alert(1)', [{ text: 'javascript:alert(1)', at: 0 }]],
    ['data: is never a link', 'data:text/html,<script>', [{ text: 'data:text/html,<script>', at: 0 }]],
    [
      'quotes end an address',
      'x "https://a.example/"onclick=1',
      [
        { text: 'x "', at: 0 },
        { text: 'https://a.example/', at: 3, href: 'https://a.example/' },
        { text: '"onclick=1', at: 21 },
      ],
    ],
  ])('%s', (_, text, parts) => {
    expect(splitLinks(text)).toEqual(parts);
  });
});
