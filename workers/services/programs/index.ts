export type { Program } from '../../../schema';
export { authenticatePostback } from './authenticate-postback';
export { createProgram } from './create-program';
export { deleteProgram } from './delete-program';
export { getProgram } from './get-program';
export { listMarketplace, type MarketplaceRow } from './list-marketplace';
export { listPrograms } from './list-programs';
export { rotatePostbackSecret } from './rotate-postback-secret';
export { updateProgram } from './update-program';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { affiliateProgramTerms } from './affiliate-terms';
export { findProgramOrThrow } from './find-program';
