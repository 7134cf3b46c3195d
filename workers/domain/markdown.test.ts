import { describe, expect, test } from 'vitest';
import { XSS } from './fixtures/xss-corpus';
import { isSafeLinkUrl, parseMarkdown, renderInline, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  test.each([
    ['one paragraph', 'Hello', '<p>Hello</p>'],
    ['a line break inside a paragraph', 'one\ntwo', '<p>one<br>two</p>'],
    ['paragraphs a blank line apart', 'one\n\ntwo', '<p>one</p>\n<p>two</p>'],
    ['Windows line ends', 'one\r\n\r\ntwo', '<p>one</p>\n<p>two</p>'],
    ['bold', '**big** news', '<p><strong>big</strong> news</p>'],
    ['italic with stars', 'an *easy* win', '<p>an <em>easy</em> win</p>'],
    ['italic with underscores', 'an _easy_ win', '<p>an <em>easy</em> win</p>'],
    ['underscores inside a word stay', 'snake_case_name', '<p>snake_case_name</p>'],
    ['Cyrillic', '**Привет**, партнёр', '<p><strong>Привет</strong>, партнёр</p>'],
    ['bullets', '- one\n- two', '<ul><li>one</li><li>two</li></ul>'],
    ['star bullets', '* one\n* two', '<ul><li>one</li><li>two</li></ul>'],
    ['numbers', '1. one\n2. two', '<ol><li>one</li><li>two</li></ol>'],
    ['a list after a paragraph', 'Steps:\n- a', '<p>Steps:</p>\n<ul><li>a</li></ul>'],
    [
      'an https link',
      'see [our page](https://example.com/a?b=1&c=2)',
      '<p>see <a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">our page</a></p>',
    ],
    [
      'a mailto link',
      '[write](mailto:team@example.com)',
      '<p><a href="mailto:team@example.com" rel="noopener noreferrer nofollow" target="_blank">write</a></p>',
    ],
    ['empty', '', ''],
    ['only blank lines', '\n\n\n', ''],
  ])('%s', (_, source, html) => expect(renderMarkdown(source)).toBe(html));
});

describe('renderMarkdown against XSS', () => {
  test.each(XSS)('%s', (source) => {
    const html = renderMarkdown(source);
    // Only our own tags may appear.
    for (const tag of html.matchAll(/<\/?([a-z0-9]+)/gi))
      expect(['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a']).toContain(tag[1]);
    // No attribute apart from ours, and every href is an http(s) or mailto URL.
    for (const attr of html.matchAll(/<a ([^>]*)>/g))
      expect(attr[1]).toMatch(/^href="(https?:\/\/|mailto:)[^"]*" rel="noopener noreferrer nofollow" target="_blank"$/);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  test('a raw tag is shown as text, not dropped', () =>
    expect(renderMarkdown('<b>hi</b>')).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>'));
  test('an unsafe link stays visible as its source text', () =>
    expect(renderInline('[x](javascript:void)')).toBe('[x](javascript:void)'));
});

describe('isSafeLinkUrl', () => {
  test.each([
    ['https://example.com', true],
    ['http://example.com/a', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['mailto:a@b.c', true],
    ['https://', false],
    ['https:alert', false],
    ['javascript:alert(1)', false],
    ['mailto:javascript:alert', false],
    ['ftp://example.com', false],
    ['//example.com', false],
    ['', false],
  ])('%s → %s', (url, safe) => expect(isSafeLinkUrl(url)).toBe(safe));
});

describe('parseMarkdown', () => {
  test('the tree the dashboard renders: blocks, lines, and only text, emphasis and safe links inside', () =>
    expect(parseMarkdown('Hi **you**\n[go](https://a.example) _now_\n\n- [x](javascript:y)')).toEqual([
      {
        kind: 'p',
        lines: [
          [
            { kind: 'text', text: 'Hi ' },
            { kind: 'strong', text: 'you' },
          ],
          [
            { kind: 'link', href: 'https://a.example', children: [{ kind: 'text', text: 'go' }] },
            { kind: 'text', text: ' ' },
            { kind: 'em', text: 'now' },
          ],
        ],
      },
      { kind: 'ul', items: [[{ kind: 'text', text: '[x](javascript:y)' }]] },
    ]));
});
