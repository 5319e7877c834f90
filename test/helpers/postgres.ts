import pg from 'pg';

/** The PostgreSQL the tests use: TRAINSPOTTER_TEST_DATABASE_URL, else the one on these machines. */
export const PG_URL = process.env.TRAINSPOTTER_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL cannot be used (the driver's message), or null when it answers. Tests skip by name with it. */
export async function postgresUnavailable(url = PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}
