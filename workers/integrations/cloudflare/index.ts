export { type CloudflareConfig, cloudflareConfig } from './cloudflare-config';
export { CloudflareRequestError, CloudflareUnavailableError } from './cloudflare-errors';
export type { CustomHostname, SslMethod } from './custom-hostname';
export {
  createCustomHostname,
  deleteCustomHostname,
  getCustomHostname,
  listCustomHostnames,
  reverifyCustomHostname,
} from './custom-hostnames';
