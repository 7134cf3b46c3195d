export { ApplicationButton } from './application-button';
export { ApplicationPanel } from './application-panel';
export { ApplicationSection } from './application-section';
export { ApplyForm, ApplyModal } from './apply-form';
export { ProgramOffers } from './program-offers';
