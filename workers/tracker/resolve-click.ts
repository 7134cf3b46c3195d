import type { z } from 'zod';
import { peekCached, readCached } from './kv-cache';
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

export interface ResolvedClick {
  program: ProgramRoute | null;
  enrollment: EnrollmentRoute | null;
  link: LinkRoute | null;
  counters: ClickCounters | null;
}

/** One KV value a step needs; the driver answers it with the value (or null). */
interface Read<T> {
  key: string;
  schema: z.ZodType<T>;
}
type Steps = Generator<Read<unknown>, ResolvedClick, unknown>;

const read = <T>(key: string, schema: z.ZodType<T>): Read<unknown> => ({ key, schema });

/** The look-ups of every link form, in order; each one may depend on the value before it. */
function* lookups(req: ClickRequest): Steps {
  let enrollment: EnrollmentRoute | null = null;
  let link: LinkRoute | null = null;
  let programId: string | null = null;
  if (req.form === 'aff_path') {
    enrollment = req.code
      ? ((yield read(routingKeys.code(req.code), enrollmentRoute)) as EnrollmentRoute | null)
      : null;
    programId = enrollment?.programId ?? null;
  } else if (req.form === 'click') {
    programId = req.programId;
    enrollment =
      req.programId && req.affiliateId
        ? ((yield read(
            routingKeys.enrollment(req.programId, req.affiliateId),
            enrollmentRoute,
          )) as EnrollmentRoute | null)
        : null;
  } else {
    link = req.slug ? ((yield read(routingKeys.link(req.slug), linkRoute)) as LinkRoute | null) : null;
    programId = link?.programId ?? null;
    enrollment = link
      ? ((yield read(
          routingKeys.enrollment(link.programId, link.affiliateId),
          enrollmentRoute,
        )) as EnrollmentRoute | null)
      : null;
  }
  const program = programId
    ? ((yield read(routingKeys.program(programId), programRoute)) as ProgramRoute | null)
    : null;
  const capped = program && (program.capClicksDaily !== null || program.capClicksTotal !== null);
  const counters = capped
    ? ((yield read(routingKeys.counters(program.programId), clickCounters)) as ClickCounters | null)
    : null;
  return { program, enrollment, link, counters };
}

async function finishFromKv(
  kv: KVNamespace,
  steps: Steps,
  pending: Read<unknown>,
  now: number,
): Promise<ResolvedClick> {
  let next: IteratorResult<Read<unknown>, ResolvedClick> = { done: false, value: pending };
  while (!next.done) next = steps.next(await readCached(kv, next.value.key, next.value.schema, now));
  return next.value;
}

/**
 * Everything the rules and the target need, from the edge's KV copy (cached in the isolate).
 * Answers synchronously when every value is cached, as it is for a busy link; the first value
 * that is not continues through KV, asynchronously.
 */
export function resolveClick(kv: KVNamespace, req: ClickRequest, now: number): ResolvedClick | Promise<ResolvedClick> {
  const steps = lookups(req);
  let next = steps.next();
  while (!next.done) {
    const hit = peekCached(next.value.key, now);
    if (!hit) return finishFromKv(kv, steps, next.value, now);
    next = steps.next(hit.value);
  }
  return next.value;
}
