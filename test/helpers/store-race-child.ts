/**
 * Test helper (src/app/store/store.contract.test.ts): one app process of a cross-process race. Opens the store
 * described by RACE_STORE, fires RACE_COUNT concurrent claims, evaluations and head updates,
 * prints the results as one JSON line.
 */
import { PostgresStore } from '../../src/app/store/postgres.js';
import { SqliteStore } from '../../src/app/store/sqlite.js';
import type { Store } from '../../src/app/store/store.js';

interface RaceConfig {
  readonly engine: 'sqlite' | 'postgres';
  readonly path?: string;
  readonly url?: string;
  readonly schema?: string;
  readonly tag: string;
}

const config = JSON.parse(process.env.RACE_STORE ?? '{}') as RaceConfig;
const count = Number(process.env.RACE_COUNT ?? '5');
const ledger = { delta: 0.05, tolerance: 0.05 };
const store: Store =
  config.engine === 'sqlite'
    ? await SqliteStore.open(config.path ?? '', ledger)
    : await PostgresStore.open(
        { connectionString: config.url ?? '', schema: config.schema ?? 'public' },
        ledger,
      );
try {
  const jobs = Array.from({ length: count }, async (_, i) => ({
    delivery: await store.claimDelivery('race-delivery'),
    comment: (await store.claimComment('o/race', 1, `${config.tag}-${i}`)).won,
    evaluations: (await store.recordEvaluation('o/race', 'race-fp', 1000)).evaluations,
    pullRequest: await store.setPullRequestHead('o/race', 1, {
      sha: `${config.tag}-${i}`,
      repo: `${config.tag}/race`,
      baseRef: 'main',
    }),
    head: await store.setHead('o/race', 'race-sha', i % 2 ? { workflowRunId: i } : { checkRunId: i }),
  }));
  process.stdout.write(`${JSON.stringify(await Promise.all(jobs))}\n`);
} finally {
  await store.close();
}
