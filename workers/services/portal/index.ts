export { type PortalBrand, resolvePortal } from './resolve-portal';
