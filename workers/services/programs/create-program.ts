import { and, eq } from 'drizzle-orm';
import { programs, type NewProgram, type Program } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { defaultAllowedDomains } from '../../domain/program-rules';
import { randomString, slugify } from '../../domain/random-codes';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { findAppOrThrow } from '../apps';
import { publishRouting } from '../tracking';
import { actingAdvertiser } from '../access';
import { auditedProgram } from './find-program';

/** Program settings as validated by the route, defaults applied; the tenant and slug are set here. */
export type NewProgramSettings = Omit<
  NewProgram,
  'id' | 'organizationId' | 'slug' | 'postbackSecretHash' | 'createdAt' | 'updatedAt'
> & { slug?: string | undefined };

async function freeSlug(tx: ServiceContext, organizationId: string, name: string): Promise<string> {
  const base = slugify(name, 56);
  const [taken] = await tx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.organizationId, organizationId), eq(programs.slug, base)));
  return taken ? `${base}-${randomString('0123456789abcdefghjkmnpqrstvwxyz', 6)}` : base;
}

export async function createProgram({ ctx, input }: ServiceCall<NewProgramSettings>): Promise<Program> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const created = await mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId } });
        await assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'programs' } });
        const slug = input.slug ?? (await freeSlug(tx, organizationId, input.name));
        const allowedDomains = input.allowedDomains ?? defaultAllowedDomains(input.landingUrl, input.landingUrls ?? []);
        const [row] = await tx.db
          .insert(programs)
          .values({ ...input, organizationId, slug, allowedDomains })
          .returning();
        await recordAudit({
          ctx: tx,
          input: { action: 'program.created', targetType: 'program', targetId: row!.id, after: auditedProgram(row!) },
        });
        return row!;
      }),
    { programs_organization_id_slug_unique: 'Another program of this organization has that slug' },
  );
  await publishRouting({ ctx, input: { program: created.id } });
  return created;
}
