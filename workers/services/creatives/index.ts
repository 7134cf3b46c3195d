export type { Creative } from '../../../schema';
export { createCreative } from './create-creative';
export { deleteCreative } from './delete-creative';
export { getCreative } from './get-creative';
export { listCreatives } from './list-creatives';
export { listEnrolledCreatives } from './list-enrolled-creatives';
export { updateCreative } from './update-creative';
export { uploadCreativeImage } from './upload-creative-image';
