export type { AuditLogEntry } from '../../../schema';
export { type AuditListEntry, listAuditEntries } from './list-audit-entries';
export { recordAudit } from './record-audit';
