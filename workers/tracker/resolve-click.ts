import { readCached } from './kv-cache';
import type { ClickRequest } from './parse-click-request';
import { clickCounters, enrollmentRoute, linkRoute, programRoute, routingKeys, type ClickCounters, type EnrollmentRoute, type LinkRoute, type ProgramRoute } from './routing';

export interface ResolvedClick {
  program: ProgramRoute | null;
  enrollment: EnrollmentRoute | null;
  link: LinkRoute | null;
  counters: ClickCounters | null;
}

/** Everything the rules and the target need, from the edge's KV copy (cached in the isolate). */
export async function resolveClick(kv: KVNamespace, req: ClickRequest, now: number): Promise<ResolvedClick> {
  let enrollment: EnrollmentRoute | null = null;
  let link: LinkRoute | null = null;
  let programId: string | null = null;
  if (req.form === 'aff_path') {
    enrollment = req.code ? await readCached(kv, routingKeys.code(req.code), enrollmentRoute, now) : null;
    programId = enrollment?.programId ?? null;
  } else if (req.form === 'click') {
    programId = req.programId;
    enrollment = req.programId && req.affiliateId ? await readCached(kv, routingKeys.enrollment(req.programId, req.affiliateId), enrollmentRoute, now) : null;
  } else {
    link = req.slug ? await readCached(kv, routingKeys.link(req.slug), linkRoute, now) : null;
    programId = link?.programId ?? null;
    enrollment = link ? await readCached(kv, routingKeys.enrollment(link.programId, link.affiliateId), enrollmentRoute, now) : null;
  }
  const program = programId ? await readCached(kv, routingKeys.program(programId), programRoute, now) : null;
  const capped = program && (program.capClicksDaily !== null || program.capClicksTotal !== null);
  const counters = capped ? await readCached(kv, routingKeys.counters(program.programId), clickCounters, now) : null;
  return { program, enrollment, link, counters };
}
