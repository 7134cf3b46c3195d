export { CreativeCard } from './creative-card';
export { CreativesPanel } from './creatives-panel';
export { useCreatives } from './queries/creatives';
export { useUploadCreativeImage } from './queries/uploads';
