import { describe, expect, test } from 'vitest';
import { campaignEmail, pickLanguage } from './campaign-message';

const both = { subjectEn: 'News', bodyEn: 'Hello **all**', subjectRu: 'Новости', bodyRu: 'Привет' };
const enOnly = { ...both, subjectRu: null, bodyRu: null };
const ruOnly = { ...both, subjectEn: null, bodyEn: null };

describe('pickLanguage', () => {
  test.each([
    ['both, reader en', both, 'en', 'en'],
    ['both, reader ru', both, 'ru', 'ru'],
    ['English only, reader ru falls back', enOnly, 'ru', 'en'],
    ['Russian only, reader en falls back', ruOnly, 'en', 'ru'],
  ] as const)('%s', (_, variants, locale, language) => expect(pickLanguage(variants, locale)).toBe(language));
});

describe('campaignEmail', () => {
  test('marketing: rendered body, footer and unsubscribe link in the reader language', () => {
    const email = campaignEmail({
      variants: both,
      language: 'ru',
      advertiserName: 'Acme <b>',
      unsubscribeUrl: 'https://app.example/unsubscribe?token=a&b',
    });
    expect(email.subject).toBe('Новости');
    expect(email.text).toBe(
      'Привет\n\n--\nВы получили это письмо как партнёр Acme <b>.\nОтписаться от этих писем: https://app.example/unsubscribe?token=a&b',
    );
    expect(email.html).toContain('<p>Привет</p>');
    expect(email.html).toContain('Acme &lt;b&gt;');
    expect(email.html).toContain(
      '<a href="https://app.example/unsubscribe?token=a&amp;b">Отписаться от этих писем</a>',
    );
  });

  test('transactional: no unsubscribe link', () => {
    const email = campaignEmail({ variants: both, language: 'en', advertiserName: 'Acme', unsubscribeUrl: null });
    expect(email.html).toContain('<p>Hello <strong>all</strong></p>');
    expect(email.text).not.toContain('Unsubscribe');
    expect(email.html).not.toContain('Unsubscribe');
  });
});

describe('campaignEmail text part', () => {
  test('carries the words without the Markdown marks (the HTML part keeps them as markup)', () => {
    const bodyRu =
      'Ваш **промокод** на _май_: *SPRING*\n\n- первый пункт\n- [условия](https://acme.example/terms)\n\n1. шаг\n2. [support@acme.example](mailto:support@acme.example)';
    const email = campaignEmail({
      variants: { ...both, bodyRu },
      language: 'ru',
      advertiserName: 'Acme',
      unsubscribeUrl: null,
    });
    expect(email.text).toBe(
      'Ваш промокод на май: SPRING\n\n• первый пункт\n• условия (https://acme.example/terms)\n\n1. шаг\n2. support@acme.example\n\n--\nВы получили это письмо как партнёр Acme.',
    );
    expect(email.text).not.toMatch(/\*\*|\]\(|(^|\s)_/);
    expect(email.html).toContain('<strong>промокод</strong>');
  });
});
