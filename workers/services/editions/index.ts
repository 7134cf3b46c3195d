export type { Edition, EditionPlanOffer, EditionSettings } from '../../../schema';
export { approveEdition } from './approve-edition';
export { checkEditionHost, type EditionHostCheck } from './check-edition-host';
export { createMyEdition, type CreateEditionInput } from './create-my-edition';
export { deleteEdition } from './delete-edition';
export { deleteMyEdition } from './delete-my-edition';
export type { AdvertiserEdition, EditionPlanPriceView, EditionStatsView, MyEdition } from './edition-views';
export { getEdition } from './get-edition';
export { type EditionDomain, getEditionDomain } from './get-edition-domain';
export { getEditionSettings } from './get-edition-settings';
export { getMyEdition } from './get-my-edition';
export { type EditionApp, listEditionApps } from './list-edition-apps';
export { listEditions } from './list-editions';
export { listMyEditions } from './list-my-editions';
export { type EditionSettingsInput, putEditionSettings } from './put-edition-settings';
export { recordEditionVisit } from './record-edition-visit';
export { reinstateEdition } from './reinstate-edition';
export { rejectEdition } from './reject-edition';
export { type ResolvedEdition, resolveEdition } from './resolve-edition';
export type { EditionReward, EditionSettingsView } from './settings-view';
export { submitMyEdition } from './submit-my-edition';
export { suspendEdition } from './suspend-edition';
export { type UpdateEditionInput, updateMyEdition } from './update-my-edition';
export { removeEditionImage } from './remove-edition-image';
export { type EditionImageKind, uploadEditionImage } from './upload-edition-image';

// Steps other areas take inside their own verbs.
export { type EditionCredit, findEditionForConversion } from './find-edition-for-conversion';
