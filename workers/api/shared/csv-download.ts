import { z } from '@hono/zod-openapi';

/** The OpenAPI answer of a CSV download; every file is written by domain/csv, so the rules are the same. */
export const csvResponse = (description: string) => ({
  description,
  content: {
    'text/csv': {
      schema: z
        .string()
        .describe(
          'RFC 4180: CRLF line ends, a header row; text cells starting with = + - @, tab or CR are prefixed with an apostrophe.',
        ),
    },
  },
});

/** A CSV file as an attachment the browser saves; the body is a string or streamed while the client reads. */
export function csvDownload({
  filename,
  body,
}: {
  filename: string;
  body: string | ReadableStream<Uint8Array>;
}): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
