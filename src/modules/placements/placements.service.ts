import { DataSource, EntityManager, In } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { NotFoundError, UserInputError } from '../../graphql/errors';
import { PageArgs, paginate, SortKey, PageLimits } from '../../graphql/pagination';
import { chosenOrder, ListOrder, OrderBy, SortDirection } from '../../graphql/ordering';
import { ConnectionShape } from '../../graphql/relay';
import { lockBeneficiary } from '../beneficiaries/case-lifecycle.service';
import { Employer } from '../employers/employer.entity';
import {
  checkBookingFits,
  knownActor,
  lockOpening,
  lockPlacement,
  recordPlacementStatus,
  requireOperator,
} from './placement-write-checks';
import { recordMatchEvidence } from './match-evidence.service';
import { Placement } from './placement.entity';
import { PlacementKind, PlacementStatus } from './placement.enums';
import { CompanyTutorInput, PlacementOrderField } from './api/placements.types';
import { sqlValueList } from '../../db/sql-values';
import {
  checkContractFields,
  checkDates,
  checkProposalRequest,
  decideProposal,
  ProposalRequest,
} from './rules/proposal-checks';
import { msg } from '../../i18n/message';

/*
 * Listing, proposing and correcting placements. Confirming, status changes and conversion to hiring are in
 * placement-lifecycle.service.ts; monitoring visits in monitoring-visits.service.ts.
 */

const P = PlacementStatus;
const isEnded = (status: PlacementStatus) => [P.COMPLETED, P.ENDED_EARLY, P.CONVERTED_TO_HIRING].includes(status);

export interface ProposePlacementCommand extends ProposalRequest {
  beneficiaryId: string;
  tutorId: string | null;
  companyTutor: CompanyTutorInput | null;
  notes: string;
}

export interface PlacementQuery {
  beneficiaryId?: string | null;
  openingId?: string | null;
  employerId?: string | null;
  tutorId?: string | null;
  statuses?: PlacementStatus[] | null;
  kinds?: PlacementKind[] | null;
  ambito?: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

const ID_KEY: SortKey = { expression: 'p.id', sqlType: 'uuid' };

/** The lifecycle's order of the statuses, which is how a list by status runs (not the alphabet). */
const LIFECYCLE = Object.values(PlacementStatus);

/** The orders a client may ask for; each ends with the id, so ties keep one stable order. */
const ORDERS: Record<PlacementOrderField, SortKey[]> = {
  START: [{ expression: 'p.starts_on', sqlType: 'date' }, ID_KEY],
  STATUS: [
    {
      expression: `array_position(ARRAY[${sqlValueList(LIFECYCLE).slice(1, -1)}]::text[], p.status)`,
      sqlType: 'integer',
    },
    ID_KEY,
  ],
  CREATED: [{ expression: 'p.created_at', sqlType: 'timestamptz' }, ID_KEY],
};

const NEWEST_FIRST: ListOrder = { keys: ORDERS.CREATED, direction: SortDirection.DESC };

export function listPlacements(
  manager: EntityManager,
  filter: PlacementQuery,
  page: PageArgs,
  limits: PageLimits,
  orderBy?: OrderBy<PlacementOrderField> | null,
): Promise<ConnectionShape<Placement>> {
  const query = manager.createQueryBuilder(Placement, 'p');
  if (filter.beneficiaryId) query.andWhere('p.beneficiary_id = :beneficiaryId', filter);
  if (filter.openingId) query.andWhere('p.opening_id = :openingId', filter);
  if (filter.employerId) query.andWhere('p.employer_id = :employerId', filter);
  if (filter.tutorId) query.andWhere('p.tutor_id = :tutorId', filter);
  if (filter.statuses?.length) query.andWhere('p.status IN (:...statuses)', filter);
  if (filter.kinds?.length) query.andWhere('p.kind IN (:...kinds)', filter);
  if (filter.ambito != null) {
    query.andWhere(
      `p.beneficiary_id IN (SELECT b.id FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
        WHERE m.ambito_number = :ambito)`,
      filter,
    );
  }
  const order = chosenOrder(ORDERS, orderBy, NEWEST_FIRST);
  return paginate(query, order.keys, order.direction, page, limits);
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

/** A new PROPOSED placement. Nothing is held yet: positions are taken when the placement is confirmed. */
export async function proposePlacement(
  dataSource: DataSource,
  cmd: ProposePlacementCommand,
  actorId: string | null,
  today = todayInItaly(),
): Promise<Placement> {
  checkProposalRequest(cmd);
  return dataSource.transaction(async (manager) => {
    const opening = cmd.openingId
      ? await lockOpening(manager, cmd.openingId, 'input.openingId', { shared: true })
      : null;
    if (!opening && cmd.employerId && !(await manager.existsBy(Employer, { id: cmd.employerId }))) {
      throw new NotFoundError('Employer', 'input.employerId');
    }
    const beneficiary = await lockBeneficiary(manager, cmd.beneficiaryId, 'input.beneficiaryId');
    const alreadyOnOpening =
      opening !== null &&
      (await manager.existsBy(Placement, {
        beneficiaryId: beneficiary.id,
        openingId: opening.id,
        status: In([P.PROPOSED, P.ACTIVE, P.SUSPENDED]),
      }));
    const decision = decideProposal(cmd, { opening, person: beneficiary, alreadyOnOpening });

    const actor = await knownActor(manager, actorId);
    const tutorId = cmd.tutorId ?? beneficiary.assignedOperatorId ?? actor;
    if (cmd.tutorId) await requireOperator(manager, cmd.tutorId, 'input.tutorId');
    const { employerId, weeklyHours, contractType, countsTowardQuota } = decision;
    await checkBookingFits(
      manager,
      beneficiary.id,
      { openingId: opening?.id ?? null, employerId, kind: cmd.kind, weeklyHours },
      'input.weeklyHours',
    );

    const placement = await manager.save(
      manager.create(Placement, {
        beneficiaryId: beneficiary.id,
        openingId: opening?.id ?? null,
        employerId,
        kind: cmd.kind,
        status: P.PROPOSED,
        outcome: null,
        startsOn: cmd.startsOn,
        plannedEndOn: cmd.plannedEndOn,
        endedOn: null,
        weeklyHours,
        tutorId,
        companyTutorName: cmd.companyTutor?.name.trim() ?? null,
        companyTutorEmail: cmd.companyTutor?.email ?? null,
        companyTutorPhone: cmd.companyTutor?.phone ?? null,
        monthlyAllowanceCents: cmd.monthlyAllowanceCents,
        contractType,
        countsTowardQuota,
        endReason: null,
        convertedFromId: null,
        notes: cmd.notes,
        proposedById: actor,
        startedAt: null,
      }),
    );
    await recordPlacementStatus(manager, placement, null, today, msg('placements.history.proposed'), actor);
    await recordMatchEvidence(manager, placement, actor);
    return placement;
  });
}

export interface UpdatePlacementCommand {
  startsOn?: string;
  plannedEndOn?: string | null;
  weeklyHours?: number;
  tutorId?: string | null;
  companyTutor?: CompanyTutorInput | null;
  monthlyAllowanceCents?: number | null;
  notes?: string;
}

export async function updatePlacement(
  dataSource: DataSource,
  id: string,
  cmd: UpdatePlacementCommand,
): Promise<Placement> {
  return dataSource.transaction(async (manager) => {
    // The person first, as every placement write locks them (the match profile follows placements and locks them too).
    const unlocked = await manager.findOneBy(Placement, { id });
    if (!unlocked) throw new NotFoundError('Placement');
    await lockBeneficiary(manager, unlocked.beneficiaryId);
    const placement = await lockPlacement(manager, id);
    if (cmd.startsOn !== undefined && cmd.startsOn !== placement.startsOn) {
      if (placement.status !== P.PROPOSED) {
        throw new UserInputError(msg('placements.startDateChangesOnly'), 'input.startsOn');
      }
      placement.startsOn = cmd.startsOn;
    }
    if (cmd.plannedEndOn !== undefined) placement.plannedEndOn = cmd.plannedEndOn;
    if (cmd.monthlyAllowanceCents !== undefined) placement.monthlyAllowanceCents = cmd.monthlyAllowanceCents;
    checkDates(placement.startsOn, placement.plannedEndOn, 'input.plannedEndOn');
    checkContractFields(placement.kind, placement, 'input');
    if (cmd.weeklyHours !== undefined && cmd.weeklyHours !== placement.weeklyHours && !isEnded(placement.status)) {
      await checkBookingFits(
        manager,
        placement.beneficiaryId,
        { ...placement, weeklyHours: cmd.weeklyHours },
        'input.weeklyHours',
      );
    }
    if (cmd.weeklyHours !== undefined) placement.weeklyHours = cmd.weeklyHours;
    if (cmd.tutorId !== undefined) {
      if (cmd.tutorId) await requireOperator(manager, cmd.tutorId, 'input.tutorId');
      placement.tutorId = cmd.tutorId;
    }
    if (cmd.companyTutor !== undefined) {
      placement.companyTutorName = cmd.companyTutor?.name.trim() ?? null;
      placement.companyTutorEmail = cmd.companyTutor?.email ?? null;
      placement.companyTutorPhone = cmd.companyTutor?.phone ?? null;
    }
    if (cmd.notes !== undefined) placement.notes = cmd.notes;
    return manager.save(placement);
  });
}
