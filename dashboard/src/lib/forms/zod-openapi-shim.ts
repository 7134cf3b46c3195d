import { z } from 'zod';

// The dashboard imports the API's request schemas (workers/api/**/*-schema.ts) to validate forms. Those files
// build on @hono/zod-openapi, whose OpenAPI generator the browser never needs: vite.config.ts aliases the
// package to this file, where `.openapi()` only returns the schema it was called on.
const prototype = z.ZodType.prototype as unknown as { openapi?: unknown };
prototype.openapi ??= function openapi(this: unknown) {
  return this;
};

export { z };
