import { useMyProgress } from './queries/program-workflows';
import { TierProgress } from './tier-progress';

/** The affiliate's progress in one program (its program page); nothing while it loads or when it fails. */
export function MyTierProgress({ orgId, enrollmentId }: { orgId: string; enrollmentId: string }) {
  const progress = useMyProgress(orgId);
  const mine = progress.data?.find((p) => p.enrollmentId === enrollmentId);
  return mine ? <TierProgress progress={mine} /> : null;
}
