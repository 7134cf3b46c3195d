import { foreignKey, index, jsonb, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programGroups } from './program-groups';
import { programs } from './programs';
import { id, timestamps } from './util/columns';

/**
 * The questions an affiliate answers when applying: a program's form (group_id NULL), or a partner
 * group's own, which replaces the program's for those who join that group. No row: nothing is asked.
 */
export const applicationForms = affiliate.table(
  'application_forms',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program the form belongs to. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The partner group whose form this is; NULL: the program's form. */
    groupId: uuid(),
    /** The ordered questions (domain's Question[], as the API's zod schema accepted them). */
    questions: jsonb().$type<object[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    // One program form and one per group: NULLs are equal here, so a second program form is refused.
    unique('application_forms_program_id_group_id_unique').on(t.programId, t.groupId).nullsNotDistinct(),
    index('application_forms_organization_id_idx').on(t.organizationId),
    index('application_forms_group_id_idx').on(t.groupId),
    // A group's form is one of the program's own groups, and goes with the group.
    foreignKey({
      name: 'application_forms_group_fk',
      columns: [t.programId, t.groupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }).onDelete('cascade'),
  ],
);

export type ApplicationForm = typeof applicationForms.$inferSelect;
