import { createImportRoute } from './create-import';
import { exportImportReportRoute } from './export-import-report';
import { getImportRoute } from './get-import';
import { listImportsRoute } from './list-imports';
import { runImportRoute } from './run-import';
import { mountRoutes } from '../mount-routes';

/** Imports from other affiliate products (docs/importing.md): start with a dry run, run, follow, report. */
export const importsRoutes = mountRoutes([
  createImportRoute,
  listImportsRoute,
  getImportRoute,
  runImportRoute,
  exportImportReportRoute,
]);
