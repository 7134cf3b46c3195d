export type { Program } from '../../../schema';
export { authenticatePostback } from './authenticate-postback';
export { createProgram } from './create-program';
export { createProgramGroup } from './create-program-group';
export { deleteProgram } from './delete-program';
export { deleteProgramGroup } from './delete-program-group';
export { getProgram } from './get-program';
export { listMarketplace, type MarketplaceRow } from './list-marketplace';
export { type ProgramGroupRow, listProgramGroups } from './list-program-groups';
export { listPrograms } from './list-programs';
export { rotatePostbackSecret } from './rotate-postback-secret';
export { updateProgram } from './update-program';
export { updateProgramGroup } from './update-program-group';
export type { GroupSettings } from './group-settings';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { affiliateProgramTerms } from './affiliate-terms';
export { findProgramOrThrow } from './find-program';
export { findDefaultGroup, findGroupOrThrow } from './find-group';
export { assertGroupPayable, withRuleIds } from './group-settings';
export { keepRuleSet, keptRuleSet } from './rule-set-cache';
export { type WordableLine, wordRuleVerdicts } from './word-rule-verdicts';
