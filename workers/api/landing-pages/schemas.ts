import { z } from '@hono/zod-openapi';
import { MAX_CALCULATOR_CUSTOMERS } from '../../domain/earnings-estimate';

export const programPageParams = z.object({ programId: z.uuid() });
export const groupPageParams = programPageParams.extend({ groupId: z.uuid() });

export const programPageQuery = z.object({
  lang: z.enum(['en', 'ru']).optional().describe('The page’s language; absent: English'),
  customers: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_CALCULATOR_CUSTOMERS)
    .optional()
    .describe('The earnings calculator: customers referred a month (default 20)'),
  price: z
    .string()
    .max(16)
    .regex(/^\d{1,9}(\.\d{1,3})?$/, 'a plain decimal such as 49 or 49.90')
    .optional()
    .describe(
      'The earnings calculator: what a customer pays a month, in major units of the program’s currency (default 49)',
    ),
});

export const htmlResponse = (description: string) => ({
  description,
  content: { 'text/html': { schema: z.string().describe('A whole HTML document, without script') } },
});

export const xmlResponse = (description: string) => ({
  description,
  content: { 'application/xml': { schema: z.string().describe('A sitemaps.org urlset') } },
});
