import { approveBountySubmissionRoute } from './approve-bounty-submission';
import { createBountyRoute } from './create-bounty';
import { deleteBountyRoute } from './delete-bounty';
import { listBountiesRoute } from './list-bounties';
import { listBountySubmissionsRoute } from './list-bounty-submissions';
import { listMyBountiesRoute } from './list-my-bounties';
import { rejectBountySubmissionRoute } from './reject-bounty-submission';
import { submitBountyRoute } from './submit-bounty';
import { updateBountyRoute } from './update-bounty';
import { mountRoutes } from '../mount-routes';

/** Bounties: the advertiser's settings and review queue, the affiliate's list and submissions; each operation in its own file. */
export const bountiesRoutes = mountRoutes([
  listBountiesRoute,
  createBountyRoute,
  updateBountyRoute,
  deleteBountyRoute,
  listBountySubmissionsRoute,
  approveBountySubmissionRoute,
  rejectBountySubmissionRoute,
  listMyBountiesRoute,
  submitBountyRoute,
]);
