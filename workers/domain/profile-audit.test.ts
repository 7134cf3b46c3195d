import { describe, expect, it } from 'vitest';
import { auditedProfileValues, isAuditedProfileField } from './profile-audit';

describe('isAuditedProfileField', () => {
  it.each([
    ['locale', false],
    ['notificationSettings', false],
    ['paypalEmail', true],
    ['paypalEmailVerifiedAt', true],
    ['postbackUrlTemplate', true],
    ['postbackEnabled', true],
    ['postbackEvents', true],
    ['telegramChatId', true],
    ['firstName', true],
    ['lastName', true],
  ])('%s → %s', (field, audited) => {
    expect(isAuditedProfileField(field)).toBe(audited);
  });
});

describe('auditedProfileValues', () => {
  it('drops own preferences and keeps the rest', () => {
    expect(auditedProfileValues({ locale: 'ru', firstName: 'Ada', notificationSettings: {} })).toEqual({
      firstName: 'Ada',
    });
  });

  it('is empty for a language change alone', () => {
    expect(auditedProfileValues({ locale: 'ru' })).toEqual({});
  });
});
