import type { SchemaDocs } from './apply-docs';
import { employerDocs } from './employers';
import { matchingDocs } from './matching';
import { peopleDocs } from './people';
import { placementDocs } from './placements';
import { quotaDocs } from './quotas';
import { rootDocs } from './root';
import { staffDocs } from './staff';
import { workshopDocs } from './workshops';
import { caseWorkDocs } from './case-work';

/** The schema's own description: what the API is, for whom, and the conventions every field follows. */
export const SCHEMA_DESCRIPTION = [
  'Ponte: the API of Giusta Occupazione, the job-inclusion service for people with disabilities of the Brescia area',
  '(the ambiti `ambiti` lists). Operators follow people from referral to placement; employer liaisons',
  'work with employers, openings and the Law 68/99 quota; coordinators oversee both ambiti; admins manage accounts.',
  '',
  'Conventions. Sign in with `signIn` and send `Authorization: Bearer <accessToken>`. Money is always an integer',
  'number of euro cents, in fields ending in `Cents`. Dates without a time (`LocalDate`) are calendar days in',
  'Europe/Rome, `YYYY-MM-DD`; `DateTime` is an ISO 8601 instant. Distances are kilometres, durations minutes, unless',
  'a field says otherwise. IDs are opaque global IDs (`node(id:)` fetches any of them). Every enum value has an',
  'Italian and an English label: the `enumLabels` query returns them for dropdowns. A field a role may not read',
  'reads `null`; each field says who reads it. Texts written for people are in Italian unless the request asks for',
  'English (`Accept-Language: en`).',
].join('\n');

/**
 * Descriptions of the types and fields whose code gives none, by schema coordinate. The schema build checks each
 * entry against the schema: an entry for something that does not exist, or that the code describes too, stops it.
 */
export const SCHEMA_DOCS: SchemaDocs = {
  ...rootDocs,
  ...staffDocs,
  ...peopleDocs,
  ...employerDocs,
  ...placementDocs,
  ...quotaDocs,
  ...matchingDocs,
  ...workshopDocs,
  ...caseWorkDocs,
};
