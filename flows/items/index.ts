import type { ServiceItemId } from '../catalog';
import type { ServiceItemDefinition } from '../definition';
import { enroll } from './enroll';
import { filingEmergency, filingLongTerm, filingReferral, filingRetiree, filingWork } from './filings';
import { insuredQuery } from './insured-query';

export const SERVICE_ITEMS: Readonly<Record<ServiceItemId, ServiceItemDefinition>> = {
  enroll,
  'insured-query': insuredQuery,
  'filing-retiree': filingRetiree,
  'filing-long-term': filingLongTerm,
  'filing-work': filingWork,
  'filing-referral': filingReferral,
  'filing-emergency': filingEmergency,
};
