import { SkillSource } from '../../beneficiaries/beneficiary.enums';
import { WorkshopProblem } from './problems';

export interface ObservationFacts {
  today: string;
  lastSessionDay: string;
  /** Sessions the person attended (PRESENT). */
  sessionsPresent: number;
  workshopSkillIds: readonly string[];
  observedSkillIds: readonly string[];
  field: string;
}

/**
 * Observations close a workshop: they are recorded from its last session on, for a person who came at least once,
 * and only in the skills the workshop exercises (what it did not exercise it did not prove).
 */
export function observationProblem(f: ObservationFacts): WorkshopProblem | null {
  if (f.lastSessionDay > f.today) {
    return { code: 'notOverYet', kind: 'CONFLICT', field: 'workshopId', params: { lastDay: f.lastSessionDay } };
  }
  if (f.sessionsPresent === 0) return { code: 'neverPresent', kind: 'CONFLICT', field: 'beneficiaryId' };
  const exercised = new Set(f.workshopSkillIds);
  const seen = new Set<string>();
  for (const [i, skillId] of f.observedSkillIds.entries()) {
    if (!exercised.has(skillId)) {
      return { code: 'skillNotExercised', kind: 'BAD_INPUT', field: `${f.field}.${i}.skillId` };
    }
    if (seen.has(skillId)) return { code: 'observationRepeated', kind: 'BAD_INPUT', field: `${f.field}.${i}.skillId` };
    seen.add(skillId);
  }
  return null;
}

export interface SkillRecord {
  level: number;
  source: SkillSource;
  assessedOn: string;
}

const PROVEN: readonly SkillSource[] = [SkillSource.PROVEN_IN_INTERNSHIP, SkillSource.PROVEN_IN_WORKSHOP];

/**
 * The person's skill record once an observation is made, or null to leave it as it is. A person has one current
 * record per skill. What was seen in practice outweighs what was declared or assessed in an interview, whatever
 * the level; between two proven levels the more recent one is today's (a later internship may have shown more,
 * or less, than the workshop).
 */
export function skillEvidenceAfterObservation(
  existing: SkillRecord | null,
  observation: { level: number; observedOn: string },
): SkillRecord | null {
  if (existing && PROVEN.includes(existing.source) && existing.assessedOn > observation.observedOn) return null;
  return { level: observation.level, source: SkillSource.PROVEN_IN_WORKSHOP, assessedOn: observation.observedOn };
}
