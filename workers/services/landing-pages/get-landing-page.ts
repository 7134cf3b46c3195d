import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findLandingPage } from './find-landing-page';
import { type LandingPageState, landingPageState } from './landing-page-state';
import { resolvePageTarget } from './resolve-page-target';

/** The editor's view of a program's (or group's) page: its draft and its published document. */
export async function getLandingPage({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId?: string | undefined }>): Promise<LandingPageState> {
  const { organizationId } = actingAdvertiser(ctx);
  const target = await resolvePageTarget({ ctx, input: { organizationId, ...input } });
  return landingPageState(target, await findLandingPage({ ctx, input: target }));
}
