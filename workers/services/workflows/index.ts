export type { ProgramWorkflow } from '../../../schema';
export { createProgramWorkflow } from './create-program-workflow';
export { deleteProgramWorkflow } from './delete-program-workflow';
export { evaluateEnrollmentWorkflows } from './evaluate-enrollment-workflows';
export { getMyWorkflowProgress, type MyWorkflowProgress } from './get-my-workflow-progress';
export { listProgramWorkflows } from './list-program-workflows';
export { sweepWorkflows } from './sweep-workflows';
export { updateProgramWorkflow } from './update-program-workflow';
export { assertWorkflowValid, MAX_WORKFLOWS_PER_PROGRAM, type WorkflowSettings } from './workflow-settings';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { evaluateAfterConversion } from './evaluate-after-conversion';
