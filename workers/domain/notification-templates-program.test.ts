import { describe, expect, it } from 'vitest';
import { programApproved } from './notification-templates-program';

describe('programApproved', () => {
  it.each([
    ['en', 'Your application to KanGrow CRM was approved', /create links/],
    ['ru', 'Заявка в программу KanGrow CRM одобрена', /создавайте ссылки/],
  ] as const)('words the approval in %s', (locale, title, body) => {
    expect(programApproved(locale)({ programName: 'KanGrow CRM', by: 'rule' })).toEqual({
      title,
      body: expect.stringMatching(body),
    });
  });

  it('answers null without the program’s name, so the producer’s text is used', () => {
    expect(programApproved('en')({ by: 'advertiser' })).toBeNull();
  });
});
