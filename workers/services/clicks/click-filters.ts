import { and, desc, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import { clicks } from '../../../schema';
import type { ClickRejectReason, ClickStatus } from '../../../schema/enums';
import type { AudienceScope } from '../access';
import type { ClickKey } from './click-cursor';
import type { TimeRange } from '../time-range';
import { eqIf } from '../../db/eq-if';
import { SUB_KEYS, type SubKey } from '../../contracts/sub-keys';

/** What a click list or export may be narrowed by; every filter is an exact match. */
export type ClickFilters = {
  /** clicked_at, inclusive, ISO 8601; defaults to 30 days before `to`. */
  from?: string | undefined;
  /** clicked_at, exclusive, ISO 8601; defaults to now. */
  to?: string | undefined;
  /** Platform staff only: one organization's clicks. */
  organizationId?: string | undefined;
  appId?: string | undefined;
  programId?: string | undefined;
  /** Advertiser and platform only; the affiliate sees its own clicks whatever this says. */
  affiliateId?: string | undefined;
  linkId?: string | undefined;
  country?: string | undefined;
  deviceType?: string | undefined;
  os?: string | undefined;
  browser?: string | undefined;
  status?: ClickStatus | undefined;
  rejectReason?: ClickRejectReason | undefined;
  unique?: boolean | undefined;
  clickId?: string | undefined;
} & { [S in SubKey]?: string | undefined };

/** The rows of the scope and filters within the range; the range always bounds clicked_at (partition pruning). */
export function clickWhere(scope: AudienceScope, filters: ClickFilters, range: TimeRange): SQL | undefined {
  return and(
    gte(clicks.clickedAt, range.from),
    lt(clicks.clickedAt, range.to),
    eqIf(clicks.organizationId, scope.organizationId ?? filters.organizationId),
    eqIf(clicks.affiliateId, scope.affiliateId ?? filters.affiliateId),
    eqIf(clicks.appId, filters.appId),
    eqIf(clicks.programId, filters.programId),
    eqIf(clicks.linkId, filters.linkId),
    eqIf(clicks.country, filters.country),
    eqIf(clicks.deviceType, filters.deviceType),
    eqIf(clicks.os, filters.os),
    eqIf(clicks.browser, filters.browser),
    eqIf(clicks.status, filters.status),
    eqIf(clicks.rejectReason, filters.rejectReason),
    eqIf(clicks.isUnique, filters.unique),
    eqIf(clicks.id, filters.clickId),
    ...SUB_KEYS.map((slot) => eqIf(clicks[slot], filters[slot])),
  );
}

/** Rows after `key` in the order (clicked_at desc, id desc); the plain bound lets an index range start there. */
export function afterClick(key: ClickKey | undefined): SQL | undefined {
  if (!key) return undefined;
  return and(lte(clicks.clickedAt, key.clickedAt), or(lt(clicks.clickedAt, key.clickedAt), lt(clicks.id, key.id)));
}

export const CLICK_ORDER = [desc(clicks.clickedAt), desc(clicks.id)];
