/**
 * A customer's identifier as an affiliate may see it: enough to recognise a customer it knows, not enough
 * to learn one it does not. An email keeps its first letter and its domain (j***@gmail.com); any other id
 * (a Stripe cus_…, an account number) keeps its first and last two characters, and a short one nothing.
 */
export function maskCustomer(identifier: string): string {
  const at = identifier.lastIndexOf('@');
  if (at > 0 && at < identifier.length - 1) return `${identifier.slice(0, 1)}***${identifier.slice(at)}`;
  if (identifier.length < 8) return '***';
  return `${identifier.slice(0, 2)}***${identifier.slice(-2)}`;
}
