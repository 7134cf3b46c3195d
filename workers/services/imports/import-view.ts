import type { ImportJob } from '../../../schema';

/** A job as the API shows it: never its token. */
export interface ImportJobView {
  id: string;
  source: ImportJob['source'];
  status: ImportJob['status'];
  options: ImportJob['options'];
  summary: ImportJob['summary'];
  notBefore: Date | null;
  lastError: string | null;
  runRequestedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
}

export function importJobView(job: ImportJob): ImportJobView {
  return {
    id: job.id,
    source: job.source,
    status: job.status,
    options: job.options,
    summary: job.summary,
    notBefore: job.notBefore,
    lastError: job.lastError,
    runRequestedAt: job.runRequestedAt,
    finishedAt: job.finishedAt,
    createdAt: job.createdAt,
  };
}
