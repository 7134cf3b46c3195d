import type { ServiceCall } from '../../context';
import type { LandingDocument } from '../../domain/landing-document';
import { actingAdvertiser } from '../access';
import { checkLandingImages } from './check-landing-images';
import { type ProgramPage, readProgramPage } from './read-program-page';

/**
 * The advertiser's own page as it would look with the editor's document, whatever the program's status: what
 * the preview shows is rendered by the same renderer as the public page, so it cannot promise another look.
 */
export async function previewProgramPage({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId?: string | undefined; document: LandingDocument }>): Promise<ProgramPage> {
  const { organizationId } = actingAdvertiser(ctx);
  await checkLandingImages({ ctx, input: { organizationId, document: input.document, stored: false } });
  const page = await readProgramPage({
    ctx,
    input: { programId: input.programId, groupId: input.groupId, organizationId },
  });
  return { ...page, blocks: input.document.blocks };
}
