export { CreativesGallery } from './creatives-gallery';
export { CreativesPanel } from './creatives-panel';
export { rawFile, useUploadBrandImage, useUploadCreativeImage } from './queries/uploads';
