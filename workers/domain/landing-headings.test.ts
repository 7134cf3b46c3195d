import { describe, expect, it } from 'vitest';
import { PageHeadings } from './landing-headings';

describe('PageHeadings', () => {
  it.each([
    [
      ['What you earn', 'Frequently asked questions'],
      ['What you earn', 'Frequently asked questions'],
    ],
    [
      ['Questions', 'Questions'],
      ['Questions', 'Questions (2)'],
    ],
    [
      ['Questions', ' questions ', 'QUESTIONS'],
      ['Questions', 'questions (2)', 'QUESTIONS (3)'],
    ],
    [
      ['Вопросы об условиях', 'Вопросы  об условиях'],
      ['Вопросы об условиях', 'Вопросы  об условиях (2)'],
    ],
    [
      ['FAQ', 'FAQ (2)', 'FAQ'],
      ['FAQ', 'FAQ (2)', 'FAQ (3)'],
    ],
  ])('claims %j as %j', (headings, expected) => {
    const page = new PageHeadings();
    expect(headings.map((h) => page.claim(h))).toEqual(expected);
  });
});
