import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type BacktestRequest = components['schemas']['BacktestRequest'];
export type BacktestResult = components['schemas']['BacktestResult'];

/** Runs a backtest: read-only on the server, but started by a click with the form's current terms, so a mutation. */
export function useRunBacktest(orgId: string, programId: string) {
  return useMutation({
    mutationFn: (body: BacktestRequest) =>
      unwrap(api.POST('/orgs/{orgId}/programs/{programId}/backtest', { params: { path: { orgId, programId } }, body })),
  });
}
