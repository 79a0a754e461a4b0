import { z } from 'zod';
import { CODE_KEYS } from '../domain/codes/code-keys';

/** Schemas of the values the wizards exchange with the Node side (flows/wizard-types.ts mirrors these). */

export const SessionId = z.string().min(1).max(64);

export const IdentityPersonSchema = z
  .object({
    source: z.enum(['idcard', 'qr']),
    name: z.string().min(1).max(60),
    gender: z.enum(['male', 'female']),
    nation: z.string().max(4).optional(),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    idNumber: z.string().min(15).max(18),
    docKind: z.enum(CODE_KEYS.cert_type),
    address: z.string().max(200).optional(),
    validUntil: z.string().max(10).optional(),
  })
  .strict();

export const PageRefSchema = z
  .object({
    photoId: z.string().min(1).max(64),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    thumbnail: z.string().max(400_000),
  })
  .strict();

export const CaseSubmissionSchema = z
  .object({
    itemId: z.string().max(40),
    actingFor: z.enum(['self', 'other']),
    answers: z.record(z.string().max(40), z.string().max(1000)),
    usedPromise: z.boolean(),
    pages: z
      .array(
        z
          .object({
            materialId: z.string().min(1).max(40),
            photoId: z.string().min(1).max(64),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
          })
          .strict(),
      )
      .max(30),
  })
  .strict();

export const InsuranceCheckSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('insured'),
    insurances: z.array(z.object({ insutype: z.string().max(6), admdvs: z.string().max(6) })).max(10),
  }),
  z.object({ state: z.literal('not-insured') }),
  z.object({ state: z.literal('unknown') }),
]);

export const SubmittedCaseSchema = z.object({
  caseId: z.string(),
  acceptNo: z.string(),
  createdAt: z.string(),
});

export const InsuredStatusSchema = z.object({
  found: z.boolean(),
  name: z.string().optional(),
  insurances: z.array(
    z.object({
      insutype: z.string(),
      status: z.string(),
      admdvs: z.string(),
      since: z.string(),
      paused: z.string().optional(),
      employer: z.string().optional(),
    }),
  ),
});

export const PhotoProblem = z.enum(['too-dark', 'overexposed', 'blurred', 'blank', 'unreadable']);

export const PrintProblem = z.enum(['paper-out', 'cover-open', 'offline', 'other']);

const Label = z.string().max(300);

/** The words of a printed receipt in the resident's language; every code is mapped to a name here. */
export const ReceiptTextSchema = z
  .object({
    labels: z.record(z.string().max(40), Label),
    /** e.g. "{{count}}页", "{{count}} pages" */
    pageCount: z.string().max(40),
    /** The form for one page where the language has its own ("{{count}} page"); pageCount otherwise. */
    pageCountOne: z.string().max(40).optional(),
    itemName: Label,
    materialNames: z.record(z.string().max(40), Label),
    nextSteps: z.array(Label).max(12),
    paymentGuideLines: z.array(Label).max(12),
    insutypeNames: z.record(z.string().max(8), Label),
    statusNames: z.record(z.string().max(8), Label),
  })
  .strict();
export type ReceiptText = z.infer<typeof ReceiptTextSchema>;
