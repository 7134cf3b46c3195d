export { LandingEditor } from './landing-editor';
export { useLandingPage } from './queries/landing-pages';
