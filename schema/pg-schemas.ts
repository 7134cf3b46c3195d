import { pgSchema } from 'drizzle-orm/pg-core';

export const affiliate = pgSchema('affiliate');
export const logs = pgSchema('logs');
