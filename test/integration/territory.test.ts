import fc from 'fast-check';
import { SERVICE_AMBITI } from '../../src/modules/territory/service-ambiti';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('territory reference data', () => {
  it('serves exactly the ambiti the code lists, no more, no fewer', async () => {
    const { data } = await server.gql(`{ ambiti { number } }`);
    expect(data!.ambiti.map((a: { number: number }) => a.number).sort()).toEqual([...SERVICE_AMBITI]);
  });

  it('lists the 15 municipalities of the service with their ambito, 2 in Ambito 1 and 13 in Ambito 3', async () => {
    const { data, errors } = await server.gql(
      `{ municipalities(serviceOnly: true) { istatCode name ambito { number } } }`,
    );
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

  it('finds skills by any piece of their Italian or English label or code, case aside, and only those', async () => {
    const { data } = await server.gql(`{ skillCatalogue { code labelIt labelEn } }`);
    const catalogue: Array<{ code: string; labelIt: string; labelEn: string }> = data!.skillCatalogue;
    const texts = catalogue.flatMap((s) => [s.code, s.labelIt, s.labelEn]);
    const matches = (search: string) =>
      catalogue
        .filter((s) => [s.code, s.labelIt, s.labelEn].some((t) => t.toLowerCase().includes(search.toLowerCase())))
        .map((s) => s.code)
        .sort();
    const piece = fc
      .constantFrom(...texts)
      .chain((text) =>
        fc
          .tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 12 }))
          .map(([start, length]) => text.slice(start, start + length)),
      );
    // Wildcards of LIKE and other odd text must match literally (so, here, nothing).
    const odd = fc.constantFrom('%', '_', '\\', "'", '%saldatura_', 'zzz%');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          piece,
          piece.map((p) => p.toUpperCase()),
          odd,
        ),
        async (search) => {
          const found = await server.gql(`query($search: String) { skillCatalogue(search: $search) { code } }`, {
            search,
          });
          expect(found.errors).toBeUndefined();
          expect(found.data!.skillCatalogue.map((s: any) => s.code).sort()).toEqual(matches(search));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('adds a municipality outside the ambiti for an employer’s site, and refuses a duplicate code', async () => {
    const CREATE = `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id name istatCode ambito { number } } }`;
    const input = {
      istatCode: '023091',
      name: 'Verona',
      belfioreCode: 'L781',
      postcode: '37121',
      province: 'VR',
      latitude: 45.4384,
      longitude: 10.9916,
    };
    const created = await server.gql(CREATE, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMunicipality).toMatchObject({ name: 'Verona', istatCode: '023091', ambito: null });
    const duplicate = await server.gql(CREATE, { input: { ...input, belfioreCode: 'L782' } });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.istatCode' });
    const updated = await server.gql(
      `mutation($id: ID!) { updateMunicipality(id: $id, input: { population: 255000 }) { name population } }`,
      { id: created.data!.createMunicipality.id },
    );
    expect(updated.data!.updateMunicipality).toEqual({ name: 'Verona', population: 255000 });
  });

  it('refuses a malformed ISTAT code with the field at fault and writes nothing', async () => {
    const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM municipality`);
    const { errors } = await server.gql(
      `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }`,
      {
        input: {
          istatCode: '23091',
          name: 'Verona',
          belfioreCode: 'L781',
          postcode: '37121',
          province: 'VR',
          latitude: 45.4,
          longitude: 10.9,
        },
      },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.istatCode' });
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM municipality`)).toEqual(before);
  });
});
