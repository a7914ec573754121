import 'reflect-metadata';
import { buildPonteSchema } from './src/app/schema';
import { undescribed } from './test/helpers/schema-walk';
(async () => {
  const s = await buildPonteSchema();
  const miss = undescribed(s);
  console.log(miss.length, miss.join(' ; '));
})().catch((e) => console.log(String(e)));
