import { registerEnumType } from 'type-graphql';

export enum ContractType {
  /** Extracurricular inclusion internship (tirocinio di inclusione), not an employment contract. */
  TIROCINIO = 'TIROCINIO',
  FIXED_TERM = 'FIXED_TERM',
  PERMANENT = 'PERMANENT',
  APPRENTICESHIP = 'APPRENTICESHIP',
}

export enum OpeningStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  ON_HOLD = 'ON_HOLD',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

export enum SkillRequirement {
  REQUIRED = 'REQUIRED',
  PREFERRED = 'PREFERRED',
}

registerEnumType(ContractType, { name: 'ContractType' });
registerEnumType(OpeningStatus, { name: 'OpeningStatus' });
registerEnumType(SkillRequirement, { name: 'SkillRequirement' });
