export { getUpload } from './get-upload';
export { type PortalBrand, resolvePortal } from './resolve-portal';
export { type BrandImageKind, uploadBrandImage } from './upload-brand-image';
