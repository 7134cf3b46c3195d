/** "First Last", or the email when the affiliate gave no name: tables name people, the profile shows the email. */
export const personName = (r: {
  affiliateFirstName: string | null;
  affiliateLastName: string | null;
  affiliateEmail: string;
}): string => [r.affiliateFirstName, r.affiliateLastName].filter(Boolean).join(' ').trim() || r.affiliateEmail;
