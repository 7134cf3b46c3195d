import { SUB_KEYS } from '@contracts/sub-keys';

// The stats pages' value lists alone, free of other imports: the routes' validateSearch reads them, and
// route options load with the first page, so nothing heavier may come along.
export { SUB_KEYS };
export const DEVICES = ['desktop', 'mobile', 'tablet', 'unknown'] as const;
/** Dimensions every rollup keeps beside its own (the affiliate reads only `program`: it is the affiliate). */
export const OWNER_BREAKDOWNS = ['program', 'app', 'affiliate'] as const;
/** `edition`: an affiliate's branded editions, their visitors instead of clicks (docs/stats.md, source editions). */
export const BREAKDOWNS = [...OWNER_BREAKDOWNS, 'edition', 'country', 'device', ...SUB_KEYS] as const;
