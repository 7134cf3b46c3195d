import { index, jsonb, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { timestamps } from './util/columns';

/**
 * A program's auto-approval rules: an application that would wait for the advertiser is approved at once
 * when any rule matches. No row, or an empty list: every application by approval waits.
 */
export const autoApprovalRules = affiliate.table(
  'auto_approval_rules',
  {
    /** The program (one row per program). */
    programId: uuid()
      .primaryKey()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The rules in order (domain's AutoApprovalRule[], as the API's zod schema accepted them). */
    rules: jsonb().$type<object[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [index('auto_approval_rules_organization_id_idx').on(t.organizationId)],
);
