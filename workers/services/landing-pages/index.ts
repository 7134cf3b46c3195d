export { getProgramPage, type ProgramPage } from './get-program-page';
export { listPublicPages } from './list-public-pages';
