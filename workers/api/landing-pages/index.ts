import { getGroupPageRoute } from './get-group-page';
import { getLandingPageRoute } from './get-landing-page';
import { getProgramPageRoute } from './get-program-page';
import { getSitemapRoute } from './get-sitemap';
import { previewLandingPageRoute } from './preview-landing-page';
import { publishLandingPageRoute } from './publish-landing-page';
import { saveLandingDraftRoute } from './save-landing-draft';
import { mountRoutes } from '../mount-routes';

/**
 * Public, server-rendered program pages and their sitemap (workers/index.ts maps /programs/* and /sitemap.xml
 * here), and the advertiser's editor of their blocks.
 */
export const landingPagesRoutes = mountRoutes([
  getProgramPageRoute,
  getGroupPageRoute,
  getSitemapRoute,
  getLandingPageRoute,
  saveLandingDraftRoute,
  publishLandingPageRoute,
  previewLandingPageRoute,
]);
