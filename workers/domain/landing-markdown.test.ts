import { describe, expect, test } from 'vitest';
import { XSS } from './fixtures/xss-corpus';
import { renderLandingMarkdown } from './landing-markdown';

describe('renderLandingMarkdown', () => {
  test.each([
    ['a paragraph', 'Hello', '<p>Hello</p>'],
    [
      'headings, “#” and “##” at the level of the page’s sections',
      '# One\n## Two\n### Three\n#### Four',
      '<h2>One</h2>\n<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>',
    ],
    ['closing hashes dropped', '### Title ###', '<h3>Title</h3>'],
    ['a heading then a paragraph', '# Why\nBecause', '<h2>Why</h2>\n<p>Because</p>'],
    ['emphasis', '**big** and _small_', '<p><strong>big</strong> and <em>small</em></p>'],
    ['a list then a paragraph', '- a\n- b\nafter', '<ul><li>a</li><li>b</li></ul>\n<p>after</p>'],
    ['a paragraph then numbers', 'Steps:\n1. one\n2. two', '<p>Steps:</p>\n<ol><li>one</li><li>two</li></ol>'],
    ['bullets then numbers', '- a\n1. b', '<ul><li>a</li></ul>\n<ol><li>b</li></ol>'],
    ['a code span, escaped as it is', 'use `a < b && **c**`', '<p>use <code>a &lt; b &amp;&amp; **c**</code></p>'],
    ['a fence', '```\nconst a = "<b>";\n```', '<pre><code>const a = &quot;&lt;b&gt;&quot;;</code></pre>'],
    ['an unclosed fence', 'x\n```\ny', '<p>x</p>\n<pre><code>y</code></pre>'],
    [
      'a link',
      '[docs](https://example.com/a)',
      '<p><a href="https://example.com/a" rel="noopener noreferrer nofollow" target="_blank">docs</a></p>',
    ],
    [
      'an image is not Markdown here: it stays text',
      '![x](https://a.example/x.png)',
      '<p>!<a href="https://a.example/x.png" rel="noopener noreferrer nofollow" target="_blank">x</a></p>',
    ],
    ['empty', '', ''],
  ])('%s', (_, source, html) => expect(renderLandingMarkdown(source)).toBe(html));
});

const OWN_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'code', 'pre'];

describe('renderLandingMarkdown against XSS', () => {
  test.each(XSS)('%s', (source) => {
    const html = renderLandingMarkdown(source);
    for (const tag of html.matchAll(/<\/?([a-z0-9]+)/gi)) expect(OWN_TAGS).toContain(tag[1]);
    for (const attr of html.matchAll(/<a ([^>]*)>/g))
      expect(attr[1]).toMatch(/^href="(https?:\/\/|mailto:)[^"]*" rel="noopener noreferrer nofollow" target="_blank"$/);
    // Only <a> carries attributes.
    expect(html).not.toMatch(/<(?!a )[a-z0-9]+\s[^>]*>/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });
});
