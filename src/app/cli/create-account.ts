import 'reflect-metadata';
import { validate } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import { loadConfig } from '../../config/config';
import { openDatabase } from '../database';
import { OperatorRole } from '../../modules/operators/operator.entity';
import { createFirstAccount } from '../../modules/operators/operators.service';
import { CreateOperatorInput } from '../../modules/operators/operators.types';

const USAGE = `Usage: PONTE_ADMIN_PASSWORD=… npm run admin:create -- [--coordinator] <email> <given name> <family name>

Creates an ADMIN account (with --coordinator, a COORDINATOR account) in the configured database (DATABASE_URL, or
the embedded one): the first accounts of a new installation. The admin creates every other operator through the API;
a role that reads case content then waits for a coordinator's approval, which is why the first coordinator comes
from here. The password comes from the environment, so it does not stay in the shell history.`;

async function main(args: string[]): Promise<void> {
  const coordinator = args[0] === '--coordinator';
  const argv = coordinator ? args.slice(1) : args;
  const [email, givenName, familyName] = argv;
  const password = process.env.PONTE_ADMIN_PASSWORD;
  if (!email || !givenName || !familyName || argv.length !== 3 || !password) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const role = coordinator ? OperatorRole.COORDINATOR : OperatorRole.ADMIN;
  const input = Object.assign(new CreateOperatorInput(), { email, givenName, familyName, role, password });
  const problems = (await validate(input)).flatMap((p) => Object.values(p.constraints ?? {}));
  try {
    EmailAddressResolver.parseValue(email);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 2;
    return;
  }
  const database = await openDatabase(loadConfig());
  try {
    const account = await createFirstAccount(database.dataSource.manager, input);
    console.log(`${role} ${account.email} created; sign in with signIn(email, password).`);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
