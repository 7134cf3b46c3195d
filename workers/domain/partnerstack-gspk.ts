/**
 * PartnerStack's links carry the partner key Base64-encoded in `?gspk=`
 * (docs.partnerstack.com/docs/advanced-usage). Both the import (a CSV export's link column) and the
 * tracker (an old link reported by /aff-click.js) read the key back with this one rule, so an
 * imported partner's ref code and the code its old links name are the same text.
 */
// The standard alphabet or the URL-safe one (`-`, `_`), with or without `=` padding: links are
// written by hand and by tools that differ on both.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
// A partner key is printable ASCII text; anything else decoded from a value is junk, not a key.
const PARTNER_KEY = /^[\x21-\x7e]{1,200}$/;

/** The partner key a `gspk` value carries; null when the value is not Base64 of such a key. */
export function partnerKeyOfGspk(value: string): string | null {
  if (!BASE64.test(value)) return null;
  const bare = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  // One character past a whole group carries under a byte: no encoder writes that.
  if (bare.length % 4 === 1) return null;
  // atob pads the rest itself (forgiving Base64) and throws on nothing else here: the alphabet is checked.
  const text = atob(bare);
  return PARTNER_KEY.test(text) ? text : null;
}
