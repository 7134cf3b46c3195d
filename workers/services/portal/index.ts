export { getUpload } from './get-upload';
export { type PortalBrand, resolvePortal } from './resolve-portal';
export { servesPortal } from './serves-portal';
