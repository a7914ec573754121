import { OperatorRole } from '../modules/operators/operator.entity';
import { italianName } from './names';
import { SeededRandom, asciiSlug, instant, officeMinute, toDay } from './random';
import { SERVICE_AMBITI } from '../modules/territory/service-ambiti';

export interface SeedOperator {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  role: OperatorRole;
  ambitoNumber: number | null;
}

export interface Staff {
  all: SeedOperator[];
  /** Case operators of each ambito. */
  operators: Map<number, SeedOperator[]>;
  liaisons: Map<number, SeedOperator[]>;
  coordinator: SeedOperator;
  admins: SeedOperator[];
}

/**
 * The service's real staff: 5 operators in Ambito 1 and 2 in Ambito 3 (about 41 and 55 people each), one
 * coordinator, two administrative staff and one employer liaison per ambito. Larger data sets keep those ratios, so
 * an operator's worklist in a benchmark is as long as a real one.
 */
export function staffSize(peopleByAmbito: Map<number, number>, employers: number) {
  return {
    operators: new Map([
      [1, Math.max(5, Math.round((peopleByAmbito.get(1) ?? 0) / 41.2))],
      [3, Math.max(2, Math.round((peopleByAmbito.get(3) ?? 0) / 54.5))],
    ]),
    liaisonsPerAmbito: Math.max(1, Math.round(employers / 150)),
  };
}

export const OPERATOR_EMAIL_DOMAIN = 'giustaoccupazione.example';

export function generateStaff(random: SeededRandom, peopleByAmbito: Map<number, number>, employers: number): Staff {
  const size = staffSize(peopleByAmbito, employers);
  const emails = new Set<string>();
  const make = (role: OperatorRole, ambitoNumber: number | null): SeedOperator => {
    const { givenName, familyName } = italianName(random, random.chance(0.7) ? 'F' : 'M');
    const local = `${asciiSlug(givenName)}.${asciiSlug(familyName)}`;
    let email = `${local}@${OPERATOR_EMAIL_DOMAIN}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${OPERATOR_EMAIL_DOMAIN}`;
    emails.add(email);
    return { id: random.uuid(), givenName, familyName, email, role, ambitoNumber };
  };

  const operators = new Map<number, SeedOperator[]>();
  const liaisons = new Map<number, SeedOperator[]>();
  for (const ambito of SERVICE_AMBITI) {
    operators.set(
      ambito,
      Array.from({ length: size.operators.get(ambito)! }, () => make(OperatorRole.OPERATOR, ambito)),
    );
  }
  const coordinator = make(OperatorRole.COORDINATOR, null);
  const admins = [make(OperatorRole.ADMIN, null), make(OperatorRole.ADMIN, null)];
  for (const ambito of SERVICE_AMBITI) {
    liaisons.set(
      ambito,
      Array.from({ length: size.liaisonsPerAmbito }, () => make(OperatorRole.EMPLOYER_LIAISON, ambito)),
    );
  }
  const all = [
    ...operators.get(1)!,
    ...operators.get(3)!,
    coordinator,
    ...admins,
    ...liaisons.get(1)!,
    ...liaisons.get(3)!,
  ];
  return { all, operators, liaisons, coordinator, admins };
}

export function operatorRows(random: SeededRandom, staff: Staff) {
  const serviceStart = toDay('2020-09-01');
  return staff.all.map((o) => ({
    id: o.id,
    given_name: o.givenName,
    family_name: o.familyName,
    email: o.email,
    role: o.role,
    ambito_number: o.ambitoNumber,
    active: true,
    created_at: instant(serviceStart + random.int(0, 120), officeMinute(random)),
  }));
}

export const OPERATOR_COLUMNS = {
  id: 'uuid',
  given_name: 'text',
  family_name: 'text',
  email: 'text',
  role: 'text',
  ambito_number: 'smallint',
  active: 'boolean',
  created_at: 'timestamptz',
} as const;
