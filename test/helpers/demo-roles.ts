import { TestServer } from './test-server';

/**
 * Who asks, in a test server filled with the demo data set: each role's operator ID (an operator and a liaison of a
 * given ambito taken from the demo staff), or null for a request without credentials.
 */
export async function demoReaders(server: TestServer): Promise<Record<string, string | null>> {
  const readers: Record<string, string | null> = {
    COORDINATOR: server.coordinatorId,
    ADMIN: server.adminId,
    ANONYMOUS: null,
  };
  for (const [role, ambito] of [
    ['OPERATOR', 1],
    ['OPERATOR', 3],
    ['EMPLOYER_LIAISON', 1],
  ] as const) {
    const [row] = await server.dataSource.query(
      `SELECT id FROM operator WHERE role = $1 AND ambito_number = $2 AND active ORDER BY email LIMIT 1`,
      [role, ambito],
    );
    readers[`${role}_${ambito}`] = row.id as string;
  }
  return readers;
}
