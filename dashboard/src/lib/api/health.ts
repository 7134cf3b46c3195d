import type { z } from 'zod';
import { healthResponse } from '../../../../workers/api/health/schemas';
import { apiGet } from './client';

// The API's own schema: the dashboard and the OpenAPI document cannot drift apart.
export const healthResponseSchema = healthResponse;
export type HealthResponse = z.infer<typeof healthResponse>;

export function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  // 503 carries the same body and means "degraded", which the page shows rather than treats as an error.
  return apiGet('/api/health', healthResponseSchema, { acceptStatuses: [503], signal });
}
