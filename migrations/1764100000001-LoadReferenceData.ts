import { MigrationInterface, QueryRunner } from 'typeorm';
import { SERVICE_MUNICIPALITIES_V1 } from './data/service-municipalities-v1';
import { PROVINCE_MUNICIPALITIES_V1 } from './data/province-municipalities-v1';
import { SKILL_CATALOGUE_V1 } from './data/skill-catalogue-v1';
import { OCCUPATION_CATALOGUE_V1 } from './data/occupation-catalogue-v1';

/**
 * Reference data every installation needs: the two ambiti, the municipalities (the service's 15 and the province
 * towns where employers are), and version 1 of the skill and occupation catalogues. Later changes to a catalogue
 * come as new migrations, so every database says which version it holds.
 */
export class LoadReferenceData1764100000001 implements MigrationInterface {
  name = 'LoadReferenceData1764100000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO ambito (number, name) VALUES (1, 'Ambito 1 – Brescia'), (3, 'Ambito 3 – Brescia Est')`);

    const municipalities = [
      ...SERVICE_MUNICIPALITIES_V1.map((m) => ({
        ...m,
        ambito: m.ambito as number | null,
        population: m.population as number | null,
      })),
      ...PROVINCE_MUNICIPALITIES_V1.map((m) => ({ ...m, ambito: null, population: null })),
    ];
    await q.query(
      `INSERT INTO municipality (istat_code, name, belfiore_code, postcode, province, ambito_number, population, latitude, longitude)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::smallint[], $7::integer[],
                            $8::double precision[], $9::double precision[])`,
      [
        municipalities.map((m) => m.istatCode),
        municipalities.map((m) => m.name),
        municipalities.map((m) => m.belfioreCode),
        municipalities.map((m) => m.postcode),
        municipalities.map((m) => m.province),
        municipalities.map((m) => m.ambito),
        municipalities.map((m) => m.population),
        municipalities.map((m) => m.latitude),
        municipalities.map((m) => m.longitude),
      ],
    );

    await q.query(
      `INSERT INTO skill (code, label_it, label_en, kind, sector, esco_uri)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        SKILL_CATALOGUE_V1.map((s) => s.code),
        SKILL_CATALOGUE_V1.map((s) => s.labelIt),
        SKILL_CATALOGUE_V1.map((s) => s.labelEn),
        SKILL_CATALOGUE_V1.map((s) => s.kind),
        SKILL_CATALOGUE_V1.map((s) => s.sector),
        SKILL_CATALOGUE_V1.map((s) => s.escoUri),
      ],
    );

    await q.query(
      `INSERT INTO occupation (code, label_it, label_en, sector, esco_uri)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        OCCUPATION_CATALOGUE_V1.map((o) => o.code),
        OCCUPATION_CATALOGUE_V1.map((o) => o.labelIt),
        OCCUPATION_CATALOGUE_V1.map((o) => o.labelEn),
        OCCUPATION_CATALOGUE_V1.map((o) => o.sector),
        OCCUPATION_CATALOGUE_V1.map((o) => o.escoUri),
      ],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM occupation`);
    await q.query(`DELETE FROM skill`);
    await q.query(`DELETE FROM municipality`);
    await q.query(`DELETE FROM ambito`);
  }
}
