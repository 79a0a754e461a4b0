import { filingItem, proof } from './filing-base';

/** 异地安置退休人员备案: settled elsewhere and moved the 户籍 there; valid long-term (seeds/002). */
export const filingRetiree = filingItem({
  id: 'filing-retiree',
  filingType: 'retiree',
  proofs: [
    proof('hukou-front', 'hukou-front', ['hukouFront']),
    proof('registration-card', 'registration-card', ['registrationCard']),
  ],
  nextSteps: ['filingReview', 'filingLongTerm', 'keepReceipt'],
});

/** 异地长期居住人员备案: living (or about to live) ≥ half a year in one place elsewhere. */
export const filingLongTerm = filingItem({
  id: 'filing-long-term',
  filingType: 'long-term',
  proofs: [proof('residence-proof', 'residence-proof', ['residenceProof'])],
  nextSteps: ['filingReview', 'filingChangeLimit', 'keepReceipt'],
});

/** 常驻异地工作人员备案: posted elsewhere by the employer for ≥ half a year; any one of three proofs. */
export const filingWork = filingItem({
  id: 'filing-work',
  filingType: 'work',
  proofs: [proof('work-proof', 'work-proof', ['postingLetter', 'employerProof', 'labourContract'])],
  nextSteps: ['filingReview', 'filingChangeLimit', 'keepReceipt'],
});

/** 异地转诊人员备案: referred by a qualified hospital; adds 转往医疗机构 and 转诊原因. */
export const filingReferral = filingItem({
  id: 'filing-referral',
  filingType: 'referral',
  proofs: [proof('referral-proof', 'referral-proof', ['referralCertificate'])],
  extraFields: [
    {
      name: 'reflin_medins_name',
      kind: 'text',
      subject: 'case',
      required: true,
      maxLength: 50,
      keyboard: 'pinyin',
      // Typing a hospital's name in pinyin is the longest part of a 转诊 (人民医院 alone is 9 taps).
      hospitalsIn: 'mdtrtarea_admdvs',
    },
    {
      name: 'refl_rea',
      kind: 'text',
      subject: 'case',
      required: true,
      maxLength: 200,
      keyboard: 'pinyin',
      // The reasons a 转诊转院证明 usually gives; anything else is typed.
      phrases: [
        { key: 'conditions', text: '当地医疗条件所限' },
        { key: 'specialist', text: '需上级医院专科治疗' },
        { key: 'diagnosis', text: '病情复杂需进一步诊治' },
      ],
    },
  ],
  nextSteps: ['filingReview', 'filingReferralHospital', 'keepReceipt'],
});

/**
 * 临时异地就医人员备案: emergency treatment elsewhere. The proof is 急诊诊断证明 (the province's guide and the
 * mini-program), not the 转诊转院证明 that seeds/002's kiosk step repeats by mistake (SPEC.md). Adds an end date.
 */
export const filingEmergency = filingItem({
  id: 'filing-emergency',
  filingType: 'emergency',
  proofs: [proof('emergency-proof', 'emergency-proof', ['emergencyDiagnosis'])],
  extraFields: [
    {
      name: 'enddate',
      kind: 'date',
      subject: 'case',
      required: true,
      dateBounds: { yearsBack: 0, yearsAhead: 2 },
    },
  ],
  extraRules: ['filingEndAfterBegin'],
  nextSteps: ['filingReview', 'filingEmergencyPeriod', 'keepReceipt'],
});
