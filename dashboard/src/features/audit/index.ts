export { AuditActionSelect } from './audit-action-select';
export { AuditLog } from './audit-log';
export { AuditTable } from './audit-table';
