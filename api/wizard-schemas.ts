import { z } from 'zod';

/** Schemas of the values the wizards exchange with the Node side (flows/wizard-types.ts mirrors these). */

export const SessionId = z.string().min(1).max(64);

export const IdentityPersonSchema = z
  .object({
    source: z.enum(['idcard', 'qr']),
    name: z.string().min(1).max(60),
    gender: z.enum(['1', '2']),
    nation: z.string().max(4).optional(),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    idNumber: z.string().min(15).max(18),
    certType: z.enum(['01', '17', '07']),
    address: z.string().max(200).optional(),
    validUntil: z.string().max(10).optional(),
    ecToken: z.string().max(64).optional(),
    insuplcAdmdvs: z.string().max(6).optional(),
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
    infno: z.enum(['ZZ01', 'ZZ02']),
    data: z.record(z.string().max(40), z.string().max(1000)),
    materials: z
      .array(
        z
          .object({
            photoId: z.string().min(1).max(64),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
            matlType: z.string().max(40),
            page: z.number().int().min(1).max(20),
          })
          .strict(),
      )
      .max(30),
    person: z
      .object({ certno: z.string().max(18), name: z.string().max(60), certType: z.string().max(4) })
      .strict(),
    insuplcAdmdvs: z.string().max(6),
    usedPromise: z.boolean(),
  })
  .strict();

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
    /** e.g. "{{count}}页" */
    pageCount: z.string().max(40),
    itemName: Label,
    materialNames: z.record(z.string().max(40), Label),
    nextSteps: z.array(Label).max(12),
    paymentGuideLines: z.array(Label).max(12),
    insutypeNames: z.record(z.string().max(8), Label),
    statusNames: z.record(z.string().max(8), Label),
  })
  .strict();
export type ReceiptText = z.infer<typeof ReceiptTextSchema>;
