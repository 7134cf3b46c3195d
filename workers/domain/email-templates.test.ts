import { describe, expect, it } from 'vitest';
import { renderEmail, type EmailTemplate } from './email-templates';

const templates: EmailTemplate[] = [
  { name: 'verify_email', link: 'https://app.example/verify-email?token=T1' },
  { name: 'password_reset', link: 'https://app.example/reset-password?token=T2' },
  {
    name: 'verify_paypal_email',
    link: 'https://app.example/verify-paypal-email?token=T4',
    paypalEmail: 'payouts@example.com',
  },
  {
    name: 'invitation',
    link: 'https://app.example/invitations/accept?token=T3',
    organizationName: 'Acme',
    role: 'admin',
    inviterName: 'Ada',
  },
  {
    name: 'program_invitation',
    link: 'https://app.example/invitations/accept?token=T5',
    organizationName: 'Acme',
    programName: 'Acme Partners',
    inviterName: null,
  },
];

describe('renderEmail', () => {
  it.each(templates.flatMap((t) => (['en', 'ru'] as const).map((locale) => ({ t, locale }))))(
    '$t.name in $locale carries the link',
    ({ t, locale }) => {
      const { subject, text } = renderEmail(t, locale, 'Affiliate Edge');
      expect(subject.length).toBeGreaterThan(5);
      expect(text).toContain(t.link);
    },
  );

  it('names the program and the advertiser of a program invitation', () => {
    expect(renderEmail(templates[4]!, 'en', 'Affiliate Edge').subject).toBe(
      'Join the Acme Partners affiliate program of Acme',
    );
    expect(renderEmail(templates[4]!, 'ru', 'Affiliate Edge').text).toContain(
      'Acme приглашает вас продвигать Acme Partners',
    );
  });

  it('speaks Russian to Russian users', () => {
    expect(renderEmail(templates[1]!, 'ru', 'Affiliate Edge').subject).toBe('Сброс пароля');
    expect(renderEmail(templates[1]!, 'en', 'Affiliate Edge').subject).toBe('Reset your password');
  });

  it.each(templates.flatMap((t) => (['en', 'ru'] as const).map((locale) => ({ t, locale }))))(
    '$t.name in $locale under an advertiser’s brand never names the platform',
    ({ t, locale }) => {
      const { subject, text } = renderEmail(t, locale, 'Globex Partners');
      expect(`${subject}\n${text}`).not.toContain('Affiliate Edge');
      expect(`${subject}\n${text}`).toContain('Globex Partners');
    },
  );
});
