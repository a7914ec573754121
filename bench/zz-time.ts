import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createPonteDataSource } from '../src/app/data-source';
import { openingWhatIf } from '../src/modules/mediation/opening-what-if.service';
import { personWhatIf } from '../src/modules/mediation/person-what-if.service';
import { mediationBrief } from '../src/modules/mediation/brief.service';
async function main() {
  const ds: DataSource = createPonteDataSource({ url: 'postgres://postgres@127.0.0.1:5432/ponte_bench_med' } as any);
  await ds.initialize();
  const m = ds.manager;
  const openings = await m.query(`SELECT id FROM opening WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT 8`);
  const people = await m.query(`SELECT id FROM beneficiary WHERE case_status IN ('INTAKE','ORIENTATION','TRAINING','INTERNSHIP') ORDER BY md5(id::text) LIMIT 8`);
  for (const o of openings) { const t = Date.now(); const r = await openingWhatIf(m, o.id, { ambito: 1, visibleAmbito: null }); console.log('opening', Date.now() - t, r.changes.length); }
  for (const p of people) { const t = Date.now(); const r = await personWhatIf(m, p.id, { ambito: 1, withNeeds: true }); console.log('person', Date.now() - t, r.changes.length); }
  for (let i = 0; i < 8; i++) { const t = Date.now(); await mediationBrief(m, people[i].id, openings[i].id, { caseWorker: true }, { grossMonthlyWageFullTimeCents: 200000, fullTimeWeeklyHours: 40 }); console.log('brief', Date.now() - t); }
  await ds.destroy();
}
main();
