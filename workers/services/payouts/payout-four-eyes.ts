import { eq } from 'drizzle-orm';
import { organizations } from '../../../schema';
import { DUTY_MESSAGES, type DutyRefusal } from '../../domain/payout-duties';
import { AppError } from '../../errors/app-error';
import type { ServiceCall } from '../../context';

/** The organization's four-eyes setting (on unless an owner or admin turned it off). */
export async function payoutFourEyes({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<boolean> {
  const { db } = ctx;
  const { organizationId } = input;
  const [row] = await db
    .select({ on: organizations.payoutFourEyes })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.on ?? true;
}

/** 403 separation_of_duties, with the rule broken in details so a client can say which. */
export function dutyRefused(rule: DutyRefusal, fourEyes: boolean): AppError {
  return new AppError('separation_of_duties', DUTY_MESSAGES[rule], { rule, fourEyes });
}
