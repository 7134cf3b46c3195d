import { z } from 'zod';
import { apiGet } from './client';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
  }),
  time: z.string(),
});

export type HealthResponse = z.infer<typeof healthResponseSchema>;

export function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  // 503 carries the same body and means "degraded", which the page shows rather than treats as an error.
  return apiGet('/api/health', healthResponseSchema, { acceptStatuses: [503], signal });
}
