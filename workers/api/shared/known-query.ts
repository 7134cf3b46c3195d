import type { z } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors/app-error';
import type { AppEnv } from '../types';

/**
 * Refuses query parameters the schema does not name, with unknown_filter: a misspelt filter
 * would otherwise be dropped and the answer silently cover more than asked.
 */
export const knownQuery = (schema: z.ZodObject) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const unknown = Object.keys(c.req.queries()).filter((name) => !(name in schema.shape));
    if (unknown.length > 0)
      throw new AppError('unknown_filter', `Unknown query parameter: ${unknown.join(', ')}`, { unknown });
    await next();
  });
