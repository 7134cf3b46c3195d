import { bigint, char, integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../ids';

/** UUIDv7 primary key generated in the app, so no database extension or default is needed. */
export const id = () =>
  uuid()
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

export const timestamps = {
  /** When the row was created. */
  createdAt: timestamptz().notNull().defaultNow(),
  /** When the row last changed; set by the app on every update. */
  updatedAt: timestamptz()
    .notNull()
    .defaultNow()
    .$onUpdateFn(() => new Date()),
};

export const createdAt = () => timestamptz().notNull().defaultNow();

/** Integer count of the currency's minor units; mode 'number' is exact up to 2^53. */
export const money = (name?: string) =>
  (name === undefined ? bigint({ mode: 'number' }) : bigint(name, { mode: 'number' })).notNull();

/** ISO 4217 code, upper case. */
export const currency = () => char({ length: 3 }).notNull();

/** 1 bp = 0.01 %, so 10 % = 1000. */
export const basisPoints = () => integer();
