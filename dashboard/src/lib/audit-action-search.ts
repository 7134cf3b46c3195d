import * as z from 'zod/mini';
import type { AuditAction } from '@schema/enums';

/**
 * An audit action in a page's URL. Checked by its shape only, so the route modules (in the first
 * load) need not carry the list of actions; the API refuses a code it does not know.
 */
export const auditActionSearch = z.pipe(
  z.string().check(z.regex(/^[a-z0-9_]+\.[a-z0-9_]+$/), z.maxLength(100)),
  z.transform((value) => value as AuditAction),
);
