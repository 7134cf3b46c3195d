import { eq, inArray } from 'drizzle-orm';
import { enrollments, links, programs } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { BoundedMemo } from '../../domain/bounded-memo';
import type { ResolvedCode } from '../../domain/click-status';

const columns = {
  enrollmentId: enrollments.id,
  enrollmentStatus: enrollments.status,
  affiliateId: enrollments.affiliateId,
  programId: programs.id,
  programStatus: programs.status,
  organizationId: programs.organizationId,
  appId: programs.appId,
  allowedDomains: programs.allowedDomains,
};

// The codes the edge cannot resolve are the few created in the last minute (KV lags) and junk;
// the same ones arrive batch after batch, so the consumer's isolate remembers them briefly.
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;
const cache = new BoundedMemo<string, { code: ResolvedCode | undefined; expires: number }>(MAX_ENTRIES);

async function lookUp(ctx: ServiceContext, refCodes: string[], slugs: string[]) {
  const [byCode, bySlug] = await Promise.all([
    refCodes.length === 0
      ? []
      : ctx.db
          .select({ key: enrollments.refCode, ...columns })
          .from(enrollments)
          .innerJoin(programs, eq(programs.id, enrollments.programId))
          .where(inArray(enrollments.refCode, refCodes)),
    slugs.length === 0
      ? []
      : ctx.db
          .select({ key: links.slug, linkId: links.id, ...columns })
          .from(links)
          .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
          .innerJoin(programs, eq(programs.id, links.programId))
          .where(inArray(links.slug, slugs)),
  ]);
  return {
    byRefCode: new Map(byCode.map(({ key, ...code }) => [key, { ...code, linkId: null }])),
    bySlug: new Map(bySlug.map(({ key, ...code }) => [key, code])),
  };
}

/** Ref codes (form 1) and short-link slugs (form 3) the edge could not resolve, from Postgres. */
export async function resolveCodes({ ctx, input }: ServiceCall<{ refCodes: string[]; slugs: string[] }>): Promise<{
  byRefCode: Map<string, ResolvedCode>;
  bySlug: Map<string, ResolvedCode>;
}> {
  const now = ctx.now.getTime();
  const byRefCode = new Map<string, ResolvedCode>();
  const bySlug = new Map<string, ResolvedCode>();
  const missing = { refCodes: [] as string[], slugs: [] as string[] };
  for (const [kind, keys, into] of [
    ['code', input.refCodes, byRefCode],
    ['slug', input.slugs, bySlug],
  ] as const) {
    for (const key of keys) {
      const hit = cache.get(`${kind}:${key}`);
      if (hit && hit.expires > now) {
        if (hit.code) into.set(key, hit.code);
      } else (kind === 'code' ? missing.refCodes : missing.slugs).push(key);
    }
  }
  if (missing.refCodes.length + missing.slugs.length === 0) return { byRefCode, bySlug };

  const found = await lookUp(ctx, missing.refCodes, missing.slugs);
  for (const [kind, keys, from, into] of [
    ['code', missing.refCodes, found.byRefCode, byRefCode],
    ['slug', missing.slugs, found.bySlug, bySlug],
  ] as const) {
    for (const key of keys) {
      const code = from.get(key);
      cache.set(`${kind}:${key}`, { code, expires: now + TTL_MS });
      if (code) into.set(key, code);
    }
  }
  return { byRefCode, bySlug };
}
