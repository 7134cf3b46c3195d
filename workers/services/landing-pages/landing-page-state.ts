import type { LandingPage } from '../../../schema';
import { EMPTY_LANDING_DOCUMENT, type LandingDocument } from '../../domain/landing-document';

/** What the editor shows: the draft being edited and what visitors see now. */
export interface LandingPageState {
  programId: string;
  groupId: string | null;
  draft: LandingDocument;
  published: LandingDocument | null;
  publishedVersion: number;
  publishedAt: Date | null;
  /** Whether the draft differs from the published document (something to publish). */
  unpublishedChanges: boolean;
  updatedAt: Date | null;
}

/** The stored row as the editor's state; a page never saved is an empty draft. */
export function landingPageState(
  target: { programId: string; groupId: string | null },
  row: LandingPage | undefined,
): LandingPageState {
  // The stored documents passed landingDocument when they were saved.
  const draft = (row?.draft as LandingDocument | undefined) ?? EMPTY_LANDING_DOCUMENT;
  const published = (row?.published as LandingDocument | null | undefined) ?? null;
  return {
    ...target,
    draft,
    published,
    publishedVersion: row?.publishedVersion ?? 0,
    publishedAt: row?.publishedAt ?? null,
    unpublishedChanges: JSON.stringify(draft) !== JSON.stringify(published ?? EMPTY_LANDING_DOCUMENT),
    updatedAt: row?.updatedAt ?? null,
  };
}
