import type { z } from 'zod';
import type { ClickRequest } from '../contracts/click-request';
import {
  clickCounters,
  enrollmentRoute,
  linkRoute,
  programRoute,
  routingKeys,
  type ClickCounters,
  type EnrollmentRoute,
  type LinkRoute,
  type ProgramRoute,
} from '../contracts/routing';
import { readCached } from './kv-cache';

export interface ResolvedClick {
  program: ProgramRoute | null;
  enrollment: EnrollmentRoute | null;
  link: LinkRoute | null;
  counters: ClickCounters | null;
}

/**
 * Everything the rules and the target need, from the edge's KV copy (cached in the isolate): the
 * look-ups of each link form, in order, each one may depend on the value before it.
 */
export async function resolveClick(kv: KVNamespace, req: ClickRequest, now: number): Promise<ResolvedClick> {
  const read = <T>(key: string, schema: z.ZodType<T>) => readCached(kv, key, schema, now);
  let enrollment: EnrollmentRoute | null = null;
  let link: LinkRoute | null = null;
  let programId: string | null = null;
  if (req.form === 'aff_path' || req.form === 'client_side') {
    enrollment = req.code ? await read(routingKeys.code(req.code), enrollmentRoute) : null;
    programId = enrollment?.programId ?? null;
  } else if (req.form === 'click') {
    programId = req.programId;
    enrollment =
      req.programId && req.affiliateId
        ? await read(routingKeys.enrollment(req.programId, req.affiliateId), enrollmentRoute)
        : null;
  } else {
    link = req.slug ? await read(routingKeys.link(req.slug), linkRoute) : null;
    programId = link?.programId ?? null;
    enrollment = link ? await read(routingKeys.enrollment(link.programId, link.affiliateId), enrollmentRoute) : null;
  }
  const program = programId ? await read(routingKeys.program(programId), programRoute) : null;
  const capped = program && (program.capClicksDaily !== null || program.capClicksTotal !== null);
  const counters = capped ? await read(routingKeys.counters(program.programId), clickCounters) : null;
  return { program, enrollment, link, counters };
}
