import type { UseFormReturnType } from '@mantine/form';
import type { ProgramFormValues } from './program-form-values';

/** The form object every section of the program form edits. */
export type ProgramForm = UseFormReturnType<ProgramFormValues>;
