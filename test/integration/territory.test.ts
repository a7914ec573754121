import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('territory reference data', () => {
  it('lists the 15 municipalities of the service with their ambito, 2 in Ambito 1 and 13 in Ambito 3', async () => {
    const { data, errors } = await server.gql(`{ municipalities(serviceOnly: true) { istatCode name ambito { number } } }`);
    expect(errors).toBeUndefined();
    expect(data!.municipalities).toHaveLength(15);
    const byAmbito = (n: number) => data!.municipalities.filter((m: any) => m.ambito.number === n).length;
    expect(byAmbito(1)).toBe(2);
    expect(byAmbito(3)).toBe(13);
    expect(data!.municipalities).toContainEqual({ istatCode: '017161', name: 'Rezzato', ambito: { number: 3 } });
  });

  it('knows province towns outside the ambiti, where employers are, with no ambito', async () => {
    const { data } = await server.gql(`{ municipalities { name ambito { number } } }`);
    expect(data!.municipalities.length).toBeGreaterThan(15);
    expect(data!.municipalities).toContainEqual({ name: 'Montichiari', ambito: null });
  });

  it('ships a skill catalogue of at least 150 entries across the area’s sectors', async () => {
    const { data } = await server.gql(`{ skillCatalogue { code sector escoUri } }`);
    expect(data!.skillCatalogue.length).toBeGreaterThanOrEqual(150);
    const sectors = new Set(data!.skillCatalogue.map((s: any) => s.sector));
    expect(sectors.size).toBeGreaterThanOrEqual(10);
  });
});
