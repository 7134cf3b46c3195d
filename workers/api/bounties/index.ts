import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { approveBountySubmissionRoute } from './approve-bounty-submission';
import { createBountyRoute } from './create-bounty';
import { deleteBountyRoute } from './delete-bounty';
import { listBountiesRoute } from './list-bounties';
import { listBountySubmissionsRoute } from './list-bounty-submissions';
import { listMyBountiesRoute } from './list-my-bounties';
import { rejectBountySubmissionRoute } from './reject-bounty-submission';
import { submitBountyRoute } from './submit-bounty';
import { updateBountyRoute } from './update-bounty';

/** Bounties: the advertiser's settings and review queue, the affiliate's list and submissions; each operation in its own file. */
export const bountiesRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listBountiesRoute)
  .route('/', createBountyRoute)
  .route('/', updateBountyRoute)
  .route('/', deleteBountyRoute)
  .route('/', listBountySubmissionsRoute)
  .route('/', approveBountySubmissionRoute)
  .route('/', rejectBountySubmissionRoute)
  .route('/', listMyBountiesRoute)
  .route('/', submitBountyRoute);
