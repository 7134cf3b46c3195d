export { findRecruiter, type Recruiter } from './find-recruiter';
export { getMyRecruitCode, type MyRecruitCode } from './get-my-recruit-code';
export { type LevelEarnings, listMyLevelEarnings } from './list-my-level-earnings';
export { listMyRecruits, type MyRecruit } from './list-my-recruits';
export { lookUpRecruitCode } from './look-up-recruit-code';
