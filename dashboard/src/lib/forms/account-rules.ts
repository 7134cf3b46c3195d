// The accounts API's input rules (workers/api/accounts/common-schema.ts), as plain checks. Importing the API's
// zod schemas would put full zod's core into the chunk zod/mini shares with the login page (+15 KB gz there).
// The server still validates every request; these only flag fields before a round trip.

export const NEW_PASSWORD = { min: 10, max: 256 } as const;
const NAME_MAX = 100;
const ORGANIZATION_MAX = 200;
const EMAIL_MAX = 254;
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
