export { getLandingPage } from './get-landing-page';
export { getProgramPage } from './get-program-page';
export type { LandingPageState } from './landing-page-state';
export { listPublicPages } from './list-public-pages';
export { previewProgramPage } from './preview-program-page';
export { publishLandingPage } from './publish-landing-page';
export type { ProgramPage } from './read-program-page';
export { saveLandingDraft } from './save-landing-draft';
