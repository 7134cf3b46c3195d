import { useState } from 'react';
import type { EditionDomainKind, EditionStatus } from '@schema/enums';
import {
  type EditionApp,
  fetchMyEdition,
  type MyEdition,
  useRemoveEditionImage,
  useSaveEdition,
  useSubmitEdition,
  useUploadEditionImage,
} from './queries/my-editions';
import type { EditionWizardValues } from './edition-wizard-values';
import { wizardToBody } from './edition-wizard-values';
import type { EditionImages } from './wizard-brand-step';

/** What the wizard remembers of the edition once saved: where it lives and its status. */
export type SavedEdition = { id: string; host: string; domainKind: EditionDomainKind; status: EditionStatus };

type Run = {
  values: EditionWizardValues;
  app: EditionApp;
  images: EditionImages;
  saved: SavedEdition | null;
  submit: boolean;
};

/**
 * Saves the wizard in the API's order: the edition's fields (create or change), then its new or removed images
 * (which need its id), then the submission. Any refusal stops the run and stays on screen; what was saved stays saved.
 */
export function useSaveWizard(orgId: string, edition: MyEdition | null) {
  const save = useSaveEdition(orgId);
  const upload = useUploadEditionImage(orgId);
  const remove = useRemoveEditionImage(orgId);
  const submit = useSubmitEdition(orgId);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async ({ values, app, images, saved, submit: andSubmit }: Run): Promise<SavedEdition | null> => {
    const body = wizardToBody(values, app);
    if (!body) return null;
    setPending(true);
    setError(null);
    try {
      const id = saved?.id ?? edition?.id ?? null;
      const { appId: _fixed, ...changes } = body;
      let result =
        id === null
          ? await save.mutateAsync({ editionId: null, body })
          : await save.mutateAsync({ editionId: id, body: changes });
      let imagesChanged = false;
      for (const kind of ['logo', 'favicon'] as const) {
        const choice = images[kind];
        if (choice.kind === 'new') await upload.mutateAsync({ editionId: result.id, kind, file: choice.file });
        else if (choice.kind === 'remove') await remove.mutateAsync({ editionId: result.id, kind });
        else continue;
        imagesChanged = true;
      }
      // A live edition's new image may send it back to the advertiser: read the status it ended with.
      if (imagesChanged && !andSubmit) result = await fetchMyEdition(orgId, result.id);
      if (andSubmit) result = await submit.mutateAsync(result.id);
      return { id: result.id, host: result.host, domainKind: result.domainKind, status: result.status };
    } catch (err) {
      setError(err);
      return null;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error };
}
