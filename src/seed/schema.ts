import { z } from 'zod';
import { COMPLETENESS_COLUMNS } from './completeness.js';
import { ISO_DATE, isIsoDate } from '../domain/dates.js';
import { ENTITY_KINDS, FUNCTIONS, RELATIONSHIP_TYPES, ROLES } from '../domain/vocabulary.js';

/** Shapes of one record in each kind of seed file. Unknown fields are errors: they are typos. */

const isoDate = z
  .string({ invalid_type_error: 'a date written YYYY-MM-DD' })
  .regex(ISO_DATE, 'a date written YYYY-MM-DD')
  .refine(isIsoDate, 'a real calendar date');

const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const id = (prefixes: string[]) =>
  z
    .string({ required_error: 'required', invalid_type_error: 'an id string' })
    .regex(/^[a-z]+:[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'an id like org:cms')
    .refine((s) => prefixes.some((p) => s.startsWith(p)), `an id starting with ${prefixes.join(' or ')}`);

const anyEntityId = id(['org:', 'program:', 'state:', 'county:', 'region:', 'nation:', 'pop:', 'fund:', 'type:']);
const sourceList = z.array(id(['src:'])).min(1, 'at least one source');
const confidence = z.enum(['verified', 'unverified']).default('verified');
const note = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const oneOrMany = <T extends z.ZodTypeAny>(item: T) => z.array(item).min(1, 'at least one');

export const sourceSchema = z
  .object({
    id: id(['src:']),
    title: z.string().min(1),
    publisher: z
      .string()
      .min(1)
      .nullish()
      .transform((v) => v ?? null),
    url: z
      .string()
      .url('a URL')
      .nullish()
      .transform((v) => v ?? null),
    date: optionalDate,
    dateKind: z.enum(['published', 'retrieved']).default('published'),
  })
  .strict();

const entityBase = {
  id: anyEntityId,
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  sources: sourceList,
  confidence,
  validFrom: optionalDate,
  validTo: optionalDate,
  note,
  code: z
    .string()
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  fips: z
    .union([z.string(), z.number()])
    .transform((v) => String(v))
    .nullish()
    .transform((v) => v ?? null),
  state: id(['state:'])
    .nullish()
    .transform((v) => v ?? null),
  website: z
    .string()
    .url('a URL')
    .nullish()
    .transform((v) => v ?? null),
  phone: z
    .string()
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  contactSources: z.array(z.string().min(1)).default([]),
};

export const entitySchema = z.object(entityBase).strict();

export const regionSchema = z
  .object({ ...entityBase, kind: z.literal('REGION'), members: z.array(anyEntityId).min(1, 'at least one member') })
  .strict();

export const relationshipSchema = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES),
    from: anyEntityId,
    to: anyEntityId,
    sources: sourceList,
    validFrom: optionalDate,
    validTo: optionalDate,
    confidence,
    note,
  })
  .strict();

export const assignmentSchema = z
  .object({
    id: id(['asg:']),
    administrator: anyEntityId,
    function: z.enum(FUNCTIONS).optional(),
    functions: oneOrMany(z.enum(FUNCTIONS)).optional(),
    program: id(['program:']).optional(),
    programs: oneOrMany(id(['program:'])).optional(),
    jurisdiction: anyEntityId,
    excludes: z.array(anyEntityId).default([]),
    principal: anyEntityId.nullish().transform((v) => v ?? null),
    populations: z.array(id(['pop:'])).default([]),
    role: z.enum(ROLES),
    validFrom: optionalDate,
    validTo: optionalDate,
    awarded: optionalDate,
    sources: sourceList,
    confidence,
    note,
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.function === undefined) === (a.functions === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['function'], message: 'exactly one of function or functions' });
    }
    if ((a.program === undefined) === (a.programs === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['program'], message: 'exactly one of program or programs' });
    }
  });

export const expansionSchema = z
  .object({
    state: id(['state:']),
    adopted: z.boolean({ required_error: 'required', invalid_type_error: 'true or false' }),
    effective: optionalDate,
    sources: sourceList,
    confidence,
    note,
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.adopted && !e.effective) ctx.addIssue({ code: 'custom', path: ['effective'], message: 'required when adopted is true' });
  });

export const fmapSchema = z
  .object({
    state: id(['state:']),
    fiscalYear: z.number().int().min(1966).max(2100),
    percent: z.number().min(50, 'a percent from 50 to 100').max(100, 'a percent from 50 to 100'),
    sources: sourceList,
    confidence,
    note,
  })
  .strict();

export const noManagedCareSchema = z.object({ state: id(['state:']), asOf: isoDate, sources: sourceList, confidence, note }).strict();

/** A sourced statement that a jurisdiction has no body or fact of one completeness column. */
export const absenceSchema = z
  .object({
    state: id(['state:']),
    column: z.enum(COMPLETENESS_COLUMNS),
    asOf: isoDate,
    sources: sourceList,
    confidence,
    note: z.string().min(1, 'say what the source shows'),
  })
  .strict();

export type SourceInput = z.infer<typeof sourceSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type RegionInput = z.infer<typeof regionSchema>;
export type RelationshipInput = z.infer<typeof relationshipSchema>;
export type AssignmentInput = z.infer<typeof assignmentSchema>;
export type ExpansionInput = z.infer<typeof expansionSchema>;
export type FmapInput = z.infer<typeof fmapSchema>;
export type NoManagedCareInput = z.infer<typeof noManagedCareSchema>;
export type AbsenceInput = z.infer<typeof absenceSchema>;
