import fc from 'fast-check';
import { OperatorRole } from '../../src/modules/operators/operator.entity';
import { RoleGrantStatus } from '../../src/modules/role-grants/role-grant.entity';
import {
  decideRoleChange,
  readsCaseContent,
  refuseDecision,
  selfPowerChange,
} from '../../src/modules/role-grants/role-grant-rules';

const roles = fc.constantFrom(...Object.values(OperatorRole));
const ambiti = fc.constantFrom(null, 1, 3);
const assignments = fc.record({ role: fc.option(roles, { nil: null }), ambitoNumber: ambiti });
const uuids = fc.uuid();

describe('role changes an admin asks for', () => {
  it('never give a role that reads case content at once: it waits for a coordinator', () => {
    fc.assert(
      fc.property(assignments, roles, ambiti, (current, role, ambitoNumber) => {
        const change = decideRoleChange(current, { role, ambitoNumber });
        if (readsCaseContent(role)) expect(change.kind).not.toBe('immediate');
        if (change.kind === 'grant') expect(readsCaseContent(role)).toBe(true);
        const same = current.role === role && current.ambitoNumber === ambitoNumber;
        expect(change.kind === 'unchanged').toBe(same);
      }),
    );
  });

  it('treat a move to another ambito as a new grant of case content', () => {
    expect(
      decideRoleChange(
        { role: OperatorRole.OPERATOR, ambitoNumber: 1 },
        { role: OperatorRole.OPERATOR, ambitoNumber: 3 },
      ),
    ).toEqual({ kind: 'grant' });
    expect(
      decideRoleChange(
        { role: OperatorRole.COORDINATOR, ambitoNumber: null },
        { role: OperatorRole.ADMIN, ambitoNumber: null },
      ),
    ).toEqual({ kind: 'immediate' });
  });
});

describe('one’s own account', () => {
  const inputs = fc.record(
    { role: roles, ambito: ambiti, active: fc.boolean(), givenName: fc.string() },
    { requiredKeys: [] },
  );

  it('is never changed in role, ambito or active flag by its holder; other accounts and other fields are', () => {
    fc.assert(
      fc.property(uuids, uuids, fc.boolean(), inputs, (actor, other, self, input) => {
        const target = self ? actor : other;
        const touchesPower = input.role !== undefined || input.ambito !== undefined || input.active !== undefined;
        const refused = selfPowerChange(actor, target, input);
        expect(refused !== null).toBe(actor === target && touchesPower);
        expect(selfPowerChange(actor, actor, input) !== null).toBe(touchesPower);
      }),
    );
  });
});

describe('who decides a grant', () => {
  const statuses = fc.constantFrom(...Object.values(RoleGrantStatus));

  it('is never the requester nor the account holder, and only while it is pending', () => {
    fc.assert(
      fc.property(
        statuses,
        uuids,
        fc.option(uuids, { nil: null }),
        uuids,
        fc.nat(2),
        (status, operatorId, requestedById, other, pick) => {
          // The decider is often the holder or the requester: random UUIDs alone would hardly ever meet.
          const deciderId = [operatorId, requestedById ?? other, other][pick];
          const refusal = refuseDecision({ status, operatorId, requestedById }, deciderId);
          const allowed = status === RoleGrantStatus.PENDING && deciderId !== requestedById && deciderId !== operatorId;
          expect(refusal === null).toBe(allowed);
        },
      ),
    );
  });

  it('says which rule refuses', () => {
    const grant = { status: RoleGrantStatus.PENDING, operatorId: 'a', requestedById: 'b' };
    expect(refuseDecision(grant, 'b')).toBe('own-request');
    expect(refuseDecision(grant, 'a')).toBe('own-account');
    expect(refuseDecision({ ...grant, status: RoleGrantStatus.APPROVED }, 'c')).toBe('not-pending');
    expect(refuseDecision(grant, 'c')).toBeNull();
  });
});
