import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../graphql/errors';
import { DisabilityKind, Law68Category } from '../../beneficiaries/beneficiary.enums';
import { ContractType } from '../../openings/opening.enums';
import { MATCH_DISCLOSURE } from '../../access-control/policy';

export interface BriefFacts {
  personName: string;
  law68Category: Law68Category | null;
  invalidityPercentage: number | null;
  disabilityKinds: DisabilityKind[];
  openingTitle: string;
  employerId: string;
  employerName: string;
  weeklyHours: number;
  contractType: ContractType;
  countsTowardQuota: boolean;
  /** Whether the person is proposed to, or works for, the opening's employer (what lets a liaison read needs). */
  proposedToEmployer: boolean;
}

export async function readBriefFacts(
  manager: EntityManager,
  beneficiaryId: string,
  openingId: string,
): Promise<BriefFacts> {
  const [row] = await manager.query(
    `SELECT b.given_name || ' ' || b.family_name AS "personName", b.law68_category AS "law68Category",
            b.invalidity_percentage AS "invalidityPercentage", b.disability_kinds AS "disabilityKinds",
            o.title AS "openingTitle", o.employer_id AS "employerId", e.legal_name AS "employerName",
            o.weekly_hours AS "weeklyHours", o.contract_type AS "contractType", o.counts_toward_quota AS "countsTowardQuota",
            EXISTS (SELECT 1 FROM placement pl WHERE pl.beneficiary_id = b.id AND pl.employer_id = o.employer_id
                    AND pl.status = ANY($3::text[])) AS "proposedToEmployer"
     FROM beneficiary b CROSS JOIN opening o JOIN employer e ON e.id = o.employer_id
     WHERE b.id = $1 AND o.id = $2`,
    [beneficiaryId, openingId, MATCH_DISCLOSURE.liaisonNeedsPlacementStatuses],
  );
  if (!row) throw new NotFoundError('Opening', 'openingId');
  return row;
}
