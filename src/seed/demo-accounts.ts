import { EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/passwords';
import { OperatorRole } from '../modules/operators/operator.entity';
import { Staff } from './operators';

/**
 * One account per role with a published password, so a newcomer can try every view of the demo. They are marked
 * as demo accounts, which sign in only on the embedded demo database (see the README).
 */
export const DEMO_PASSWORDS: Readonly<Record<OperatorRole, string>> = {
  OPERATOR: 'ponte-demo-operatore',
  EMPLOYER_LIAISON: 'ponte-demo-liaison',
  COORDINATOR: 'ponte-demo-coordinamento',
  ADMIN: 'ponte-demo-amministrazione',
};

export interface DemoAccount {
  role: OperatorRole;
  email: string;
  password: string;
}

export function demoAccounts(staff: Staff): DemoAccount[] {
  const holders = [staff.operators.get(1)![0], staff.liaisons.get(1)![0], staff.coordinator, staff.admins[0]];
  return holders.map((o) => ({ role: o.role, email: o.email, password: DEMO_PASSWORDS[o.role] }));
}

export async function enableDemoAccounts(manager: EntityManager, accounts: DemoAccount[]): Promise<void> {
  for (const account of accounts) {
    await manager.query(`UPDATE operator SET password_hash = $1, is_demo = true WHERE email = $2`, [
      await hashPassword(account.password),
      account.email,
    ]);
  }
}
