import { describe, expect, it } from 'vitest';
import { programApproved } from './notification-templates-program';
import { renderNotification } from './notification-templates';

const programUrl = 'https://partners.example.com/affiliate/org-1/programs/prog-1';

describe('programApproved', () => {
  it.each([
    ['en', 'Your application to KanGrow CRM was approved', /create links/, `Program page: ${programUrl}`],
    ['ru', 'Заявка в программу KanGrow CRM одобрена', /создавайте ссылки/, `Страница программы: ${programUrl}`],
  ] as const)('words the approval in %s, with the program page as the link line', (locale, title, body, link) => {
    expect(programApproved(locale)({ programName: 'KanGrow CRM', by: 'rule', programUrl })).toEqual({
      title,
      body: expect.stringMatching(body),
      link,
    });
  });

  it.each([
    ['en', 'Note from the advertiser: Welcome aboard, use code SPRING'],
    ['ru', 'Комментарий рекламодателя: Welcome aboard, use code SPRING'],
  ] as const)('%s: quotes the note the advertiser typed for the affiliate, in-app and in the email', (locale, line) => {
    const out = renderNotification({
      event: 'program_approved',
      data: { programName: 'KanGrow CRM', by: 'advertiser', programUrl, note: ' Welcome aboard, use code SPRING ' },
      locale,
      brand: 'Acme',
      fallback: { title: 't', body: 'b' },
    });
    expect(out.body).toMatch(new RegExp(`\\n\\n${line}$`));
    expect(out.text).toContain(line);
    const plain = programApproved(locale)({ programName: 'KanGrow CRM', by: 'rule', note: null });
    expect(JSON.stringify(plain)).not.toContain(line.split(':')[0]);
  });

  it('has no link line without the program’s address', () => {
    expect(programApproved('en')({ programName: 'KanGrow CRM', by: 'rule' })).toMatchObject({ link: null });
  });

  it('answers null without the program’s name, so the producer’s text is used', () => {
    expect(programApproved('en')({ by: 'advertiser' })).toBeNull();
  });

  it('puts the link in the email and Telegram text only, between the body and the signature', () => {
    const out = renderNotification({
      event: 'program_approved',
      data: { programName: 'KanGrow CRM', by: 'advertiser', programUrl },
      locale: 'en',
      brand: 'Acme',
      fallback: { title: 't', body: 'b' },
    });
    expect(out.body).not.toContain(programUrl);
    expect(out.text).toBe(`${out.title}\n\n${out.body}\n\nProgram page: ${programUrl}\n\n— Acme`);
  });
});
