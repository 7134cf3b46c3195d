/** A click as its URL tells it, one variant per link form; what the redirect and its rules read. */
export type ClickRequest =
  | { form: 'aff_path'; code: string | null; sameSite: string; sub: (string | null)[]; repeatedNames: boolean }
  | { form: 'click'; programId: string | null; affiliateId: string | null; sub: (string | null)[] }
  | { form: 'short_link'; slug: string | null; sub: (string | null)[] }
  // A ref code the snippet found in a page's own URL (`?via=alice`): no redirect, no sub ids. Null
  // when the reported value names no code (a `gspk` that is not Base64 of one).
  | { form: 'client_side'; code: string | null; param: string; sub: (string | null)[] };
