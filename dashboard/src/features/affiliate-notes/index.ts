export { BalancesSection } from './balances-section';
export { FraudSection } from './fraud-section';
export { NotesSection } from './notes-section';
export { ProfileTitle } from './profile-title';
export { ProgramsSection } from './programs-section';
export { TagsSection } from './tags-section';
