// The accounts API's input rules as plain checks over the limits its schemas use (contracts/account-limits).
// Importing the API's zod schemas would put full zod's core into the chunk zod/mini shares with the login page
// (+15 KB gz there). The server still validates every request; these only flag fields before a round trip.
import { ACCOUNT_LIMITS } from '@contracts/account-limits';

export const NEW_PASSWORD = { min: ACCOUNT_LIMITS.newPasswordMin, max: ACCOUNT_LIMITS.passwordMax } as const;
const NAME_MAX = ACCOUNT_LIMITS.nameMax;
const ORGANIZATION_MAX = ACCOUNT_LIMITS.organizationNameMax;
const EMAIL_MAX = ACCOUNT_LIMITS.emailMax;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isValidEmail = (value: string): boolean => {
  const email = value.trim();
  return email.length <= EMAIL_MAX && EMAIL.test(email);
};

export const isNewPassword = (value: string): boolean =>
  value.length >= NEW_PASSWORD.min && value.length <= NEW_PASSWORD.max;

/** Names are optional: blank is fine (left out or cleared), otherwise 1-100 characters after trimming. */
export const isOptionalName = (value: string): boolean => value.trim().length <= NAME_MAX;

export const isOrganizationName = (value: string): boolean => {
  const name = value.trim();
  return name.length > 0 && name.length <= ORGANIZATION_MAX;
};

/** A trimmed text field, or undefined when left blank (optional API fields refuse empty strings). */
export const optionalText = (value: string): string | undefined => value.trim() || undefined;

/** Mantine `validate` entries: true flags the field, whose message the form renders through t(). */
export const flagUnless =
  (check: (value: string) => boolean) =>
  (value: string): true | null =>
    check(value) ? null : true;
