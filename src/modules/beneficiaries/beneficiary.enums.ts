import { registerEnumType } from 'type-graphql';

/** Where a person stands in the service's accompaniment, from referral to closure. */
export enum CaseStatus {
  REFERRED = 'REFERRED',
  INTAKE = 'INTAKE',
  ORIENTATION = 'ORIENTATION',
  TRAINING = 'TRAINING',
  INTERNSHIP = 'INTERNSHIP',
  PLACED = 'PLACED',
  MONITORING = 'MONITORING',
  CLOSED = 'CLOSED',
}

export enum DisabilityKind {
  PHYSICAL = 'PHYSICAL',
  SENSORY = 'SENSORY',
  INTELLECTUAL = 'INTELLECTUAL',
  PSYCHIC = 'PSYCHIC',
}

/** Which group of Law 68/1999 a person belongs to: art. 1 (disabled workers) or art. 18 c.2 (protected categories). */
export enum Law68Category {
  DISABLED_ART1 = 'DISABLED_ART1',
  PROTECTED_ART18 = 'PROTECTED_ART18',
}

/** Disadvantage certified under Law 381/1991 art. 4, which type-B social cooperatives employ. */
export enum Law381Category {
  DISABILITY = 'DISABILITY',
  PSYCHIATRIC = 'PSYCHIATRIC',
  DRUG_ADDICTION = 'DRUG_ADDICTION',
  ALCOHOL_ADDICTION = 'ALCOHOL_ADDICTION',
  MINOR_IN_DIFFICULTY = 'MINOR_IN_DIFFICULTY',
  PRISONER_OR_ALTERNATIVE_MEASURE = 'PRISONER_OR_ALTERNATIVE_MEASURE',
}

export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  VOCATIONAL_QUALIFICATION = 'VOCATIONAL_QUALIFICATION',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  TERTIARY = 'TERTIARY',
}

/** How a skill level was established: matching trusts proven levels more than declared ones. */
export enum SkillSource {
  SELF_DECLARED = 'SELF_DECLARED',
  OPERATOR_ASSESSED = 'OPERATOR_ASSESSED',
  PROVEN_IN_INTERNSHIP = 'PROVEN_IN_INTERNSHIP',
  PROVEN_IN_WORKSHOP = 'PROVEN_IN_WORKSHOP',
}

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(DisabilityKind, { name: 'DisabilityKind' });
registerEnumType(Law68Category, { name: 'Law68Category' });
registerEnumType(Law381Category, { name: 'Law381Category' });
registerEnumType(EducationLevel, { name: 'EducationLevel' });
registerEnumType(SkillSource, { name: 'SkillSource' });
