/**
 * Length limits of account fields, shared by the API's zod schemas and the dashboard's forms, which
 * check them before a round trip without importing the API's schemas (full zod would weigh on the
 * login page).
 */
export const ACCOUNT_LIMITS = {
  /** Long enough to resist guessing even offline. */
  newPasswordMin: 10,
  /** Capped so hashing stays within the CPU budget. */
  passwordMax: 256,
  emailMax: 254,
  nameMax: 100,
  organizationNameMax: 200,
} as const;
