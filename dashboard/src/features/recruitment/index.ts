export { InvitedBy } from './invited-by';
export { RecruitPage } from './recruit-page';
