import fc from 'fast-check';
import { CaseStatus, Law68Category } from '../../src/modules/beneficiaries/beneficiary.enums';
import { PROPOSABLE } from '../../src/modules/beneficiaries/case-transitions';
import { ContractType, OpeningStatus } from '../../src/modules/openings/opening.enums';
import { EmploymentContractType, PlacementKind } from '../../src/modules/placements/placement.enums';
import {
  decideProposal,
  isContract,
  ProposalFacts,
  ProposalRequest,
} from '../../src/modules/placements/rules/proposal-checks';

const REQUEST: ProposalRequest = {
  kind: PlacementKind.TIROCINIO_INCLUSIONE,
  openingId: 'o',
  employerId: null,
  startsOn: '2027-01-11',
  plannedEndOn: '2027-04-10',
  weeklyHours: null,
  monthlyAllowanceCents: 50000,
  contractType: null,
  countsTowardQuota: null,
};
const OPENING: NonNullable<ProposalFacts['opening']> = {
  status: OpeningStatus.OPEN,
  employerId: 'e',
  contractType: ContractType.TIROCINIO,
  weeklyHours: 20,
  countsTowardQuota: true,
};
const FACTS: ProposalFacts = {
  opening: OPENING,
  person: { caseStatus: CaseStatus.ORIENTATION, law68Category: Law68Category.DISABLED_ART1 },
  alreadyOnOpening: false,
};

const refusal = (request: ProposalRequest, facts: ProposalFacts) => {
  try {
    decideProposal(request, facts);
    return null;
  } catch (error: any) {
    return { code: error.extensions.code, field: error.extensions.field };
  }
};

describe('a placement proposal', () => {
  it('takes the opening’s employer and hours, and an internship never counts toward the quota', () => {
    expect(decideProposal(REQUEST, FACTS)).toEqual({
      employerId: 'e',
      weeklyHours: 20,
      contractType: null,
      countsTowardQuota: false,
    });
  });

  it('refuses an opening that is not open, another employer, and a hiring on an internship opening', () => {
    expect(refusal(REQUEST, { ...FACTS, opening: { ...OPENING, status: OpeningStatus.FILLED } })).toEqual({
      code: 'CONFLICT',
      field: 'input.openingId',
    });
    expect(refusal({ ...REQUEST, employerId: 'other' }, FACTS)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.employerId',
    });
    expect(
      refusal(
        {
          ...REQUEST,
          kind: PlacementKind.HIRING,
          contractType: EmploymentContractType.PERMANENT,
          monthlyAllowanceCents: null,
        },
        FACTS,
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });

  it('refuses a second proposal on the same opening', () => {
    expect(refusal(REQUEST, { ...FACTS, alreadyOnOpening: true })).toEqual({
      code: 'CONFLICT',
      field: 'input.openingId',
    });
  });

  it('needs weekly hours when there is no opening', () => {
    expect(refusal({ ...REQUEST, openingId: null, employerId: 'e' }, { ...FACTS, opening: null })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.weeklyHours',
    });
  });

  it('counts a hiring toward the quota only for a person enrolled under Law 68/99', () => {
    const hiring = {
      ...REQUEST,
      kind: PlacementKind.HIRING,
      contractType: EmploymentContractType.PERMANENT,
      monthlyAllowanceCents: null,
      plannedEndOn: null,
    };
    const onContract = { ...FACTS, opening: { ...OPENING, contractType: ContractType.PERMANENT } };
    expect(decideProposal(hiring, onContract).countsTowardQuota).toBe(true);
    const notEnrolled = { ...onContract, person: { caseStatus: CaseStatus.ORIENTATION, law68Category: null } };
    expect(decideProposal(hiring, notEnrolled).countsTowardQuota).toBe(false);
    expect(refusal({ ...hiring, countsTowardQuota: true }, notEnrolled)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.countsTowardQuota',
    });
  });

  it('is refused for every case status outside the proposable ones, and only for those', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(CaseStatus)), (caseStatus) => {
        const refused = refusal(REQUEST, { ...FACTS, person: { ...FACTS.person, caseStatus } });
        expect(refused === null).toBe(PROPOSABLE.includes(caseStatus));
        if (refused) expect(refused).toEqual({ code: 'BAD_USER_INPUT', field: 'input.beneficiaryId' });
      }),
    );
  });

  it('never lets a kind other than a hiring or renewal count toward the quota', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(PlacementKind)),
        fc.option(fc.boolean(), { nil: null }),
        (kind, asked) => {
          fc.pre(!isContract(kind));
          const request = {
            ...REQUEST,
            kind,
            countsTowardQuota: asked,
            monthlyAllowanceCents: kind === PlacementKind.WORKSHOP ? null : 50000,
          };
          const refused = refusal(request, FACTS);
          if (asked) expect(refused).toEqual({ code: 'BAD_USER_INPUT', field: 'input.countsTowardQuota' });
          else expect(decideProposal(request, FACTS).countsTowardQuota).toBe(false);
        },
      ),
    );
  });
});
