import 'reflect-metadata';
import { validate } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import { loadConfig } from '../../config/config';
import { openDatabase } from '../../db/database';
import { OperatorRole } from './operator.entity';
import { createOperator } from './operators.service';
import { CreateOperatorInput } from './operators.types';

const USAGE = `Usage: PONTE_ADMIN_PASSWORD=… npm run admin:create -- <email> <given name> <family name>

Creates an ADMIN account in the configured database (DATABASE_URL, or the embedded one): the first account of a new
installation, from which every other operator is created through the API. The password comes from the environment,
so it does not stay in the shell history.`;

async function main(argv: string[]): Promise<void> {
  const [email, givenName, familyName] = argv;
  const password = process.env.PONTE_ADMIN_PASSWORD;
  if (!email || !givenName || !familyName || argv.length !== 3 || !password) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const input = Object.assign(new CreateOperatorInput(), { email, givenName, familyName, role: OperatorRole.ADMIN, password });
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
    const admin = await createOperator(database.dataSource.manager, input);
    console.log(`Admin ${admin.email} created; sign in with signIn(email, password).`);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
