import type { Config } from '../../env';

/** The producer binding of every queue whose dead letters can be replayed, by the queue name letters carry. */
export const QUEUE_BINDINGS = {
  clicks: 'CLICKS',
  conversions: 'CONVERSIONS',
  postbacks: 'POSTBACKS',
  notifications: 'NOTIFICATIONS',
} as const satisfies Record<string, keyof Config>;

export const QUEUE_NAMES = Object.keys(QUEUE_BINDINGS) as (keyof typeof QUEUE_BINDINGS)[];
