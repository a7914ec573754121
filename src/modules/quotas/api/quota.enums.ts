import { registerEnumType } from 'type-graphql';
import { ExemptionKind, SuspensionReason } from '../rules/quota-arrangements';
import { QuotaStatus } from '../rules/quota-computation';
import {
  Art3c3Organisation,
  ConventionKind,
  QuotaCategory,
  RoundingPoint,
  RuleFigure,
  SizeBand,
} from '../rules/quota-rules';

/*
 * The pure rules use string unions; these objects give GraphQL the same values, and `satisfies` keeps the two lists
 * identical.
 */

export const QuotaStatusEnum = {
  NO_RULE_VERSION: 'NO_RULE_VERSION',
  NO_HEADCOUNT: 'NO_HEADCOUNT',
  NOT_OBLIGED: 'NOT_OBLIGED',
  SUSPENDED: 'SUSPENDED',
  COVERED: 'COVERED',
  IN_GRACE: 'IN_GRACE',
  UNCOVERED: 'UNCOVERED',
} as const satisfies { [K in QuotaStatus]: K };
registerEnumType(QuotaStatusEnum, {
  name: 'QuotaStatus',
  description: 'IN_GRACE: units are missing but their grace period has not ended; UNCOVERED: some are sanctionable',
});

export const QuotaCategoryEnum = { DISABLED: 'DISABLED', PROTECTED: 'PROTECTED' } as const satisfies {
  [K in QuotaCategory]: K;
};
registerEnumType(QuotaCategoryEnum, {
  name: 'QuotaCategory',
  description: 'Disabled workers (art. 1) or protected categories (art. 18)',
});

export const SizeBandEnum = { SMALL: 'SMALL', MEDIUM: 'MEDIUM', LARGE: 'LARGE' } as const satisfies {
  [K in SizeBand]: K;
};
registerEnumType(SizeBandEnum, {
  name: 'QuotaSizeBand',
  description: 'The band of the computable base, as the rule version defines it (15–35, 36–50, over 50)',
});

export const RoundingPointEnum = {
  PART_TIME_BASE: 'PART_TIME_BASE',
  DISABLED_PERCENTAGE: 'DISABLED_PERCENTAGE',
  PROTECTED_PERCENTAGE: 'PROTECTED_PERCENTAGE',
} as const satisfies { [K in RoundingPoint]: K };
registerEnumType(RoundingPointEnum, {
  name: 'QuotaRoundingPoint',
  description: 'Where a fraction above the threshold counts as one',
});

export const RuleFigureEnum = {
  VALIDITY: 'VALIDITY',
  DISABLED_BANDS: 'DISABLED_BANDS',
  PROTECTED_BANDS: 'PROTECTED_BANDS',
  EXCLUDED_GROUPS: 'EXCLUDED_GROUPS',
  ROUNDING: 'ROUNDING',
  DISABLED_IN_SERVICE: 'DISABLED_IN_SERVICE',
  GRACE_DAYS: 'GRACE_DAYS',
  DAILY_EXEMPTION_CONTRIBUTION: 'DAILY_EXEMPTION_CONTRIBUTION',
  SANCTION: 'SANCTION',
  MAX_EXEMPTION_PERCENTAGE: 'MAX_EXEMPTION_PERCENTAGE',
  PROSPETTO_LATE_SANCTION: 'PROSPETTO_LATE_SANCTION',
  PART_TIME_COVER: 'PART_TIME_COVER',
  CONVENTION_CAPS: 'CONVENTION_CAPS',
} as const satisfies { [K in RuleFigure]: K };
registerEnumType(RuleFigureEnum, {
  name: 'QuotaRuleFigure',
  description: 'A figure of a rule version that carries its own source',
});

export const ConventionKindEnum = {
  ART_11: 'ART_11',
  ART_12: 'ART_12',
  ART_12_BIS: 'ART_12_BIS',
  ART_14: 'ART_14',
} as const satisfies { [K in ConventionKind]: K };
registerEnumType(ConventionKindEnum, {
  name: 'QuotaConventionKind',
  description:
    'ART_11: hiring programme (L. 68/99 art. 11); ART_12 / ART_12_BIS: work commissioned to a social cooperative; ART_14: D.Lgs 276/2003 art. 14 framework agreement',
});

export const Art3c3OrganisationEnum = {
  POLITICAL_PARTY: 'POLITICAL_PARTY',
  TRADE_UNION: 'TRADE_UNION',
  NON_PROFIT: 'NON_PROFIT',
} as const satisfies { [K in Art3c3Organisation]: K };
registerEnumType(Art3c3OrganisationEnum, {
  name: 'Art3c3Organisation',
  description:
    'Political parties, trade unions and non-profit organisations (L. 68/99 art. 3 c.3): the base counts only technical-executive and administrative staff',
});

export const ExemptionKindEnum = { AUTHORISED: 'AUTHORISED', SELF_CERTIFIED: 'SELF_CERTIFIED' } as const satisfies {
  [K in ExemptionKind]: K;
};
registerEnumType(ExemptionKindEnum, {
  name: 'QuotaExemptionKind',
  description: 'AUTHORISED by the province; SELF_CERTIFIED for positions with a high INAIL premium rate',
});

export const SuspensionReasonEnum = {
  EXTRAORDINARY_WAGE_GUARANTEE: 'EXTRAORDINARY_WAGE_GUARANTEE',
  SOLIDARITY_CONTRACT: 'SOLIDARITY_CONTRACT',
  COLLECTIVE_DISMISSAL: 'COLLECTIVE_DISMISSAL',
} as const satisfies { [K in SuspensionReason]: K };
registerEnumType(SuspensionReasonEnum, {
  name: 'QuotaSuspensionReason',
  description: 'CIGS, solidarity contract or collective dismissal procedure (L. 68/99 art. 3 c.5)',
});

export enum ContactTopic {
  QUOTA_OBLIGATION = 'QUOTA_OBLIGATION',
  PROSPETTO_INFORMATIVO = 'PROSPETTO_INFORMATIVO',
  EXEMPTION = 'EXEMPTION',
  SUSPENSION = 'SUSPENSION',
  CONVENTION = 'CONVENTION',
  CANDIDATE_PROPOSAL = 'CANDIDATE_PROPOSAL',
  PLACEMENT_FOLLOW_UP = 'PLACEMENT_FOLLOW_UP',
  OTHER = 'OTHER',
}
registerEnumType(ContactTopic, { name: 'ConsultancyTopic' });

export enum QuotaDashboardOrder {
  SHORTFALL_DESC = 'SHORTFALL_DESC',
  EXPOSURE_DESC = 'EXPOSURE_DESC',
  LAST_CONTACT_ASC = 'LAST_CONTACT_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(QuotaDashboardOrder, {
  name: 'QuotaDashboardOrder',
  description: 'LAST_CONTACT_ASC puts employers never contacted first, then the longest without a contact',
});
