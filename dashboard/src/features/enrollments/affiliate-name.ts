import type { Enrollment } from './queries/org-enrollments';

/** "First Last", or the email when the affiliate gave no name. */
export function affiliateName(affiliate: Enrollment['affiliate']): string {
  const name = [affiliate.firstName, affiliate.lastName].filter(Boolean).join(' ').trim();
  return name || affiliate.email;
}
