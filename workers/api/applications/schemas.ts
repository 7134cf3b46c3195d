import { z } from '@hono/zod-openapi';
import { ProgramVisibility } from '../../../schema/enums';
import { applicationForm, LONG_TEXT_MAX, type Question, question } from '../../domain/application-form';
import { TERMS_MAX } from '../../domain/application-kinds';
import { autoApprovalRule, autoApprovalRules } from '../../domain/auto-approval';
import type { ApplicationSettings, CurrentTerms, ProgramApplication, ProgramOffers } from '../../services/applications';
import { idParam, iso, orgParams, timestamp } from '../shared/schemas';

export const programParams = orgParams.extend({ programId: idParam('programId') });
export const groupParams = programParams.extend({ groupId: idParam('groupId') });
export const affiliateProgramParams = z.object({ programId: idParam('programId') });

// The domain's zod schema as it is: `.openapi()` is only on the API's own zod instance, so it stays unnamed.
const questionSchema = question;
const questions = applicationForm.describe('The questions in the order they are asked (at most 20)');

export const terms = z
  .object({
    version: z.number().int().describe('1, 2, …: accept this number to apply'),
    bodyEn: z.string(),
    bodyRu: z.string().nullable().describe('null: Russian readers see the English text'),
    publishedAt: timestamp,
  })
  // Not a named component: a nullable reference loses its null in the generated client types.
  .describe('A version of the program terms');

export const termsView = (t: CurrentTerms): z.infer<typeof terms> => ({
  version: t.version,
  bodyEn: t.bodyEn,
  bodyRu: t.bodyRu,
  publishedAt: iso(t.createdAt),
});

export const applicationSettings = z
  .object({
    programId: z.uuid(),
    questions: z.array(questionSchema).describe("The program's form; empty: nothing is asked"),
    groups: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          isDefault: z.boolean(),
          questions: z
            .array(questionSchema)
            .nullable()
            .describe("The group's own form, asked instead of the program's; null: the program's"),
        }),
      )
      .describe('Marketplace applications join the default group, so its own form is the one they answer'),
    terms: terms.nullable().describe('The current version; null: applying asks for no acceptance'),
    termsVersions: z.number().int().describe('How many versions were published'),
    autoApproval: z
      .array(autoApprovalRule)
      .describe('Any one rule matching approves an application by approval at once; empty: every one waits'),
  })
  .openapi('ApplicationSettings');

export const applicationSettingsView = (s: ApplicationSettings): z.infer<typeof applicationSettings> => ({
  ...s,
  terms: s.terms ? termsView(s.terms) : null,
});

export const applicationFormBody = z.strictObject({ questions }).openapi('ApplicationFormBody');
export const groupApplicationFormBody = z
  .strictObject({ questions: questions.nullable().describe("null: the group asks the program's form") })
  .openapi('GroupApplicationFormBody');
export const applicationFormResult = z
  .object({ questions: z.array(questionSchema).nullable() })
  .openapi('ApplicationFormResult');

const termsBody = (max: number) => z.string().trim().min(1).max(max);
export const publishTermsBody = z
  .strictObject({
    bodyEn: termsBody(TERMS_MAX).describe('Plain text or Markdown, shown as written'),
    bodyRu: termsBody(TERMS_MAX).nullish().describe('Omit for the English text in Russian too'),
  })
  .openapi('PublishProgramTerms');

export const autoApprovalBody = z
  .strictObject({ rules: autoApprovalRules.describe('Any one matching approves (at most 20)') })
  .openapi('AutoApprovalBody');
export const autoApprovalResult = z.object({ rules: z.array(autoApprovalRule) }).openapi('AutoApprovalRules');

/** What applying asks: the form and the current terms (null: nothing to accept). */
export const applicationAsks = z
  .object({
    questions: z.array(questionSchema).describe('Answer these (required ones at least) in the request'),
    terms: terms.nullable().describe('Accept this version (termsVersion) to apply; null: nothing to accept'),
  })
  .describe('What applying asks');

export const applicationAsksView = (a: { questions: Question[]; terms: CurrentTerms | null }) => ({
  questions: a.questions,
  terms: a.terms ? termsView(a.terms) : null,
});

export const programApplication = applicationAsks
  .extend({
    program: z.object({
      id: z.uuid(),
      name: z.string(),
      organizationId: z.uuid(),
      visibility: z.enum(ProgramVisibility),
    }),
  })
  .openapi('ProgramApplication');

export const programApplicationView = (a: ProgramApplication): z.infer<typeof programApplication> => ({
  program: a.program,
  ...applicationAsksView(a),
});

const answer = z.union([z.string().max(LONG_TEXT_MAX), z.array(z.string().max(200)).max(20)]);
export const applyBody = z
  .strictObject({
    answers: z
      .record(z.string().max(40), answer)
      .default({})
      .describe('By question id: text, the chosen option value, or the chosen values for multiple choice'),
    termsVersion: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe("The version of the program's terms you accepted; required when the program has terms"),
  })
  .openapi('ApplyToProgram');

export const offersQuery = z.object({
  lang: z.enum(['en', 'ru']).default('en').describe('The language of the commission sentence'),
});

export const programOffers = z
  .object({
    promoting: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .describe("This advertiser's programs you are active in"),
    offers: z.array(
      z.object({
        programId: z.uuid(),
        name: z.string(),
        appName: z.string(),
        visibility: z.enum(['public', 'approval']),
        commission: z.string().describe('What a new member earns, as a sentence ("30 % per conversion")'),
        asksApplication: z
          .boolean()
          .describe('Applying asks a form or terms first: read them with getProgramApplication'),
      }),
    ),
  })
  .openapi('ProgramOffers');

export const programOffersView = (o: ProgramOffers): z.infer<typeof programOffers> => o;
