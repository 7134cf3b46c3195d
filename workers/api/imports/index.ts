import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createImportRoute } from './create-import';
import { exportImportReportRoute } from './export-import-report';
import { getImportRoute } from './get-import';
import { listImportsRoute } from './list-imports';
import { runImportRoute } from './run-import';

/** Imports from other affiliate products (docs/importing.md): start with a dry run, run, follow, report. */
export const importsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', createImportRoute)
  .route('/', listImportsRoute)
  .route('/', getImportRoute)
  .route('/', runImportRoute)
  .route('/', exportImportReportRoute);
