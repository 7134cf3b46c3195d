export { MyProgramBounties } from './my-program-bounties';
export { ProgramBountiesPanel } from './program-bounties-panel';
