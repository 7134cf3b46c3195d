import { monthRange } from '../../domain/statement-month';
import { ValidationError } from '../../errors/app-error';
import type { StatementScope } from './statement-lines';

/** The organization and the month's UTC range; a month that is not YYYY-MM is a 400. */
export function monthScope(organizationId: string, month: string): StatementScope {
  const range = monthRange(month);
  if (!range) throw new ValidationError('month must be YYYY-MM', [{ path: 'month', message: 'YYYY-MM' }]);
  return { organizationId, ...range };
}
