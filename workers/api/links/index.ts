import { createLinkRoute } from './create-link';
import { deleteLinkRoute } from './delete-link';
import { getLinkRoute } from './get-link';
import { getLinkAnalyticsRoute } from './get-link-analytics';
import { listLinkPerformanceRoute } from './list-link-performance';
import { listLinksRoute } from './list-links';
import { updateLinkRoute } from './update-link';
import { mountRoutes } from '../mount-routes';

/** The affiliate's link builder; each operation lives in its own file and is mounted here. */
export const linksRoutes = mountRoutes([listLinksRoute]) // Before /links/{linkId}, whose uuid check would otherwise refuse "performance".
  .route('/', listLinkPerformanceRoute)
  .route('/', createLinkRoute)
  .route('/', getLinkRoute)
  .route('/', getLinkAnalyticsRoute)
  .route('/', updateLinkRoute)
  .route('/', deleteLinkRoute);
