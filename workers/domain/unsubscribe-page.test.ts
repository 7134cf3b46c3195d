import { describe, expect, test } from 'vitest';
import { renderUnsubscribePage } from './unsubscribe-page';

const page = (state: 'confirm' | 'done' | 'invalid', locale: 'en' | 'ru' = 'en') =>
  renderUnsubscribePage({ state, locale, advertiserName: 'Acme <script>', action: '/unsubscribe?token=a"b' });

describe('renderUnsubscribePage', () => {
  test('asks first, with one button posting back to the link', () => {
    const html = page('confirm');
    expect(html).toContain(
      '<form method="post" action="/unsubscribe?token=a&quot;b"><button type="submit">Unsubscribe</button>',
    );
    expect(html).toContain('Acme &lt;script&gt;');
    expect(html).not.toContain('<script');
  });
  test('says it is done, in the reader language', () => {
    const html = page('done', 'ru');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Готово: Acme &lt;script&gt; больше не будет');
    expect(html).not.toContain('<form');
  });
  test('an invalid link says so and offers nothing', () => {
    const html = page('invalid');
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('<form');
  });
});
