import { ApiError } from '../api/api-error';

export type ServerIssue = { path: string; message: string };

/**
 * The fields a 400 validation_failed named (`details`: each failing path with its message, or `{ issues }` from a
 * service's own rule check), so a form can show the refusal beside the field instead of only above the buttons.
 */
export function serverIssues(error: unknown): ServerIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const details = error.details as unknown;
  const list = Array.isArray(details) ? details : (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (i): i is ServerIssue =>
      typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.message === 'string',
  );
}
