/** What the OpenAPI document says about itself, the same for /api/openapi.json, the dashboard's types and the lint. */
export function openApiDocumentConfig(version: string, origin: string | null) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Affiliate Edge API',
      version,
      description:
        'Affiliate tracking and payouts. Every path starts with /api; signed-in operations take the access token as a bearer token, public ones declare `security: []`. Errors share one body: { error: { code, message, requestId, docUrl, details? } }; docUrl is the code’s entry in docs/errors.md.',
    },
    servers: [
      origin
        ? { url: origin, description: 'The deployment serving this document' }
        : { url: '/', description: 'The deployment serving this document (its origin)' },
    ],
  };
}
