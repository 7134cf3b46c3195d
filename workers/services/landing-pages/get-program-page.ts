import type { ServiceCall } from '../../context';
import { findLandingPage, publishedBlocks } from './find-landing-page';
import { type ProgramPage, readProgramPage } from './read-program-page';

/** A program's (or group's) public page: its live facts and the blocks its advertiser last published. */
export async function getProgramPage({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId?: string | undefined }>): Promise<ProgramPage> {
  const page = await readProgramPage({ ctx, input: { programId: input.programId, groupId: input.groupId } });
  const stored = await findLandingPage({ ctx, input: { programId: page.program.id, groupId: page.group?.id ?? null } });
  return { ...page, blocks: publishedBlocks(stored) };
}
