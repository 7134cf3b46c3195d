import { z } from '@hono/zod-openapi';

export const healthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    database: z.object({
      reachable: z.boolean(),
      latencyMs: z.number().int().nonnegative().nullable().describe('Round trip of `select 1`, in milliseconds'),
    }),
    time: z.iso.datetime(),
  })
  .openapi('Health');
