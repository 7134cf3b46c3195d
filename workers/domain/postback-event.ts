import type { ConversionEvent } from '../contracts/conversion-event';
import { currencyDecimals } from './format-minor-units';
import { parseMajorUnits } from './major-units';

/**
 * An S2S postback (`GET /postback?cid=…&status=lead|sale|cancel&payout=…&revenue=…`) as our
 * conversion event. A cancel names the click whose subscription ended and carries no money. Amounts arrive in major units ("12.50") and become minor units of the
 * currency named (or the program's). `revenue` is the event's amount; `payout` is what the
 * advertiser declares the affiliate earns, replacing the program's rule for the direct line.
 */

export interface PostbackQuery {
  cid: string;
  status: 'lead' | 'sale' | 'cancel';
  payout?: string | undefined;
  revenue?: string | undefined;
  currency?: string | undefined;
  event_id?: string | undefined;
}

export interface PostbackConversion {
  event: ConversionEvent;
  declaredPayoutMinor?: number;
}

export type PostbackMapping =
  | { ok: true; value: PostbackConversion }
  | { ok: false; issues: { path: string; message: string }[] };

/** Without `event_id`, one lead, one sale and one cancel per click: a repeated call is the same event. */
export const defaultPostbackEventId = (cid: string, status: string): string => `postback:${cid}:${status}`;

export function mapPostback(query: PostbackQuery, programCurrency: string): PostbackMapping {
  if (query.status === 'cancel') {
    return {
      ok: true,
      value: {
        event: {
          event_id: query.event_id ?? defaultPostbackEventId(query.cid, 'cancel'),
          type: 'cancel',
          click_id: query.cid,
        },
      },
    };
  }
  const currency = query.currency ?? programCurrency;
  const decimals = currencyDecimals(currency);
  const issues: { path: string; message: string }[] = [];
  const minor = (field: 'payout' | 'revenue'): number | undefined => {
    const text = query[field];
    if (text === undefined) return undefined;
    const parsed = parseMajorUnits(text, decimals);
    if (parsed.ok) return parsed.minor;
    issues.push({ path: field, message: `${field} ${parsed.reason} (${currency})` });
    return undefined;
  };
  const revenue = minor('revenue');
  const payout = minor('payout');
  if (issues.length > 0) return { ok: false, issues };
  // A sale must carry an amount; S2S partners paying a flat CPA often send none, which is a
  // sale of unknown value: recorded as 0, so only a declared payout or a fixed rule earns on it.
  const amount = revenue ?? (query.status === 'sale' ? 0 : undefined);
  const event: ConversionEvent = {
    event_id: query.event_id ?? defaultPostbackEventId(query.cid, query.status),
    type: query.status,
    click_id: query.cid,
    ...(amount !== undefined ? { amount, currency } : {}),
  };
  return { ok: true, value: payout === undefined ? { event } : { event, declaredPayoutMinor: payout } };
}
