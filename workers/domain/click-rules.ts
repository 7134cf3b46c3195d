import type { ClickRejectReason } from '../../schema/enums';
import type { ClickCounters, EnrollmentRoute, ProgramRoute } from '../contracts/routing';

export interface ClickFacts {
  program: ProgramRoute | null;
  enrollment: EnrollmentRoute | null;
  /** The visitor's country; `'anywhere'` for a link preview, which people anywhere may see. */
  country: string | null | 'anywhere';
  counters: ClickCounters | null;
  /** UTC date, YYYY-MM-DD. */
  today: string;
}

/**
 * The rules a click must pass before it is redirected to the offer, in the order they are told
 * to the user. Caps are approximate by design: the counters lag by up to a couple of minutes.
 */
export function firstBrokenRule(facts: ClickFacts): ClickRejectReason | null {
  const { program, enrollment } = facts;
  if (!program || !enrollment || enrollment.programId !== program.programId) return 'unknown_code';
  if (program.status !== 'active') return 'inactive_program';
  if (enrollment.status !== 'active') return 'inactive_enrollment';
  if (facts.country !== 'anywhere') {
    const country = facts.country ?? 'ZZ';
    if (program.geoDeny.includes(country)) return 'geo_blocked';
    if (program.geoAllow.length > 0 && !program.geoAllow.includes(country)) return 'geo_blocked';
  }
  const counters = facts.counters;
  if (counters) {
    if (
      program.capClicksDaily !== null &&
      counters.day === facts.today &&
      counters.clicksToday >= program.capClicksDaily
    )
      return 'cap_reached';
    if (program.capClicksTotal !== null && counters.clicksTotal >= program.capClicksTotal) return 'cap_reached';
  }
  return null;
}
