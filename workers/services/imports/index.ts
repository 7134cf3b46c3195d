export { advanceImports, claimImportJob, IMPORT_LEASE_SECONDS } from './advance-imports';
export { createImport, type CreateImportInput } from './create-import';
export { exportImportReport } from './export-import-report';
export { getImport, listImports } from './get-import';
export type { ImportJobView } from './import-view';
export { runImport } from './run-import';

// For the acceptance of an invitation an import sent.
export { bookAcceptedImport } from './book-accepted-import';
