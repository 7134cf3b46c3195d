import type { z } from 'zod';

export interface ValidationDetail {
  path: string;
  message: string;
  /** A machine-readable reason a custom check gave (params.code), e.g. duplicate_entry. */
  code?: string;
}

/** The details of validation_failed: each failing path with its message, and its code when a check named one. */
export function zodIssueDetails(issues: readonly z.core.$ZodIssue[]): ValidationDetail[] {
  return issues.map((i) => {
    const code = i.code === 'custom' && typeof i.params?.code === 'string' ? i.params.code : undefined;
    return { path: i.path.join('.'), message: i.message, ...(code ? { code } : {}) };
  });
}
