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
    name: 'paypal_email_changed',
    link: 'https://app.example/account/profile',
    undoLink: 'https://app.example/undo-paypal-email?token=T6',
    previous: 'own@example.com',
    next: 'new@example.com',
    restores: 'own@example.com',
  },
  { name: 'paypal_email_restored', link: 'https://app.example/account/profile', restored: null },
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

const PROGRAM = templates.findIndex((t) => t.name === 'program_invitation');

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
    expect(renderEmail(templates[PROGRAM]!, 'en', 'Affiliate Edge').subject).toBe(
      'Join the Acme Partners affiliate program of Acme',
    );
    expect(renderEmail(templates[PROGRAM]!, 'ru', 'Affiliate Edge').text).toContain(
      'Acme приглашает вас продвигать Acme Partners',
    );
  });

  it('says what the undo link of a PayPal change puts back', () => {
    const changed = templates.find((t) => t.name === 'paypal_email_changed')!;
    expect(renderEmail(changed, 'en', 'Affiliate Edge').text).toContain('undo-paypal-email?token=T6');
    expect(renderEmail(changed, 'en', 'Affiliate Edge').text).toContain('this puts own@example.com back');
    expect(renderEmail({ ...changed, restores: null } as typeof changed, 'ru', 'X').text).toContain(
      'новый адрес будет удалён',
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
