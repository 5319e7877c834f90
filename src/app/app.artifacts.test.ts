import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  artifactZip,
  deliveryId,
  REPO,
  startApp,
  workflowRunCompleted,
} from '../../test/helpers/app-harness.js';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import type { Report } from '../core/report.js';
import { ANNOTATIONS_PER_REQUEST, annotationsFor } from '../render/check-run.js';
import { validationSets } from './assemble-results.js';

// Hostile and broken artifacts, delivered as GitHub delivers them: a `workflow_run.completed` of a
// same-repository PR whose run lists the artifact. Each one is a ⚠️ note in the comment and
// nothing in the store; a run that gave no valid report fails its check.

const SHA = 'a'.repeat(40);
const RUN = 701;
const PR = 7;
const pass = reportFixture('h100-digits-pass.json');
const MiB = 1024 * 1024;

let app: AppHarness;
beforeEach(async () => {
  app = await startApp();
});
afterEach(async () => {
  await app.close();
});

const deliver = () =>
  app.probot.receive({
    id: deliveryId(),
    name: 'workflow_run',
    payload: workflowRunCompleted({ runId: RUN, headSha: SHA, pr: PR }),
  } as never);

const comment = () => {
  const written = app.api.comments.filter((c) => c.issueNumber === PR);
  expect(written).toHaveLength(1);
  return written[0]?.body ?? '';
};

const downloads = () =>
  app.api.apiCalls().filter((c) => c.method === 'GET' && /\/actions\/artifacts\/\d+\/zip$/.test(c.path));

/** The head's one check run is completed; returns it. */
const checkRun = () => {
  expect(app.api.checkRuns).toHaveLength(1);
  const [check] = app.api.checkRuns;
  expect(check).toMatchObject({ head_sha: SHA, status: 'completed' });
  return check;
};

/** No report, and no validation-set evaluation, was stored for the head. */
async function expectNothingStored(): Promise<void> {
  expect(await app.store.getReports(REPO, SHA)).toEqual([]);
  for (const set of validationSets([pass]))
    expect(await app.store.getLedger(REPO, set.fingerprint)).toBeNull();
}

/** Delivers the run and checks what every refused artifact leads to; returns the comment. */
async function refused(note: RegExp): Promise<string> {
  await deliver();
  const body = comment();
  expect(body).toMatch(note);
  expect(body).toContain('No report was produced for this commit.');
  expect(checkRun()?.conclusion).toBe('failure');
  await expectNothingStored();
  expect(app.api.violations).toEqual([]);
  return body;
}

/** A zip holding `report.json` = `size` zero bytes: deflate makes ~1000:1 of it. */
function zerosZip(size: number): Buffer {
  return Buffer.from(zipSync({ 'report.json': new Uint8Array(size) }, { level: 1 }));
}

/** The zip with the uncompressed size its headers declare for the (only) entry replaced. */
function declaring(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  // Local file header (PK\3\4): uncompressed size at +22; central directory header (PK\1\2): at +24.
  const local = out.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  if (local < 0 || central < 0) throw new Error('not a zip fflate wrote');
  out.writeUInt32LE(size, local + 22);
  out.writeUInt32LE(size, central + 24);
  return out;
}

let bomb: Buffer | undefined;
/** report.json of 70 MiB of zeros, over the 64 MiB entry limit, in ~70 KB (built once: ~1 s). */
const zipBomb = () => {
  bomb ??= zerosZip(70 * MiB);
  return bomb;
};

describe('a hostile or broken artifact is a note, and nothing of it is stored', () => {
  it('refuses an entry path that climbs out of the extraction folder (zip-slip)', async () => {
    const zip = Buffer.from(zipSync({ '../../report.json': strToU8(JSON.stringify(pass)) }));
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip });
    await refused(
      /- ⚠️ artifact trainspotter-report-seed-0: entry \.\.\/\.\.\/report\.json has an unsafe path \(invalid relative path\); artifacts hold relative paths only — check what the workflow uploads\. Nothing from it was stored\./,
    );
  });

  it('refuses a report.json that declares more than 64 MiB, before inflating it (zip bomb)', async () => {
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip: zipBomb() });
    expect(zipBomb().length).toBeLessThan(200_000);
    await refused(
      /⚠️ artifact trainspotter-report-seed-0: entry report\.json declares 70 MiB, over the 64 MiB limit/,
    );
  });

  it('stops inflating a report.json that inflates past the size it declares (zip bomb)', async () => {
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip: declaring(zipBomb(), 1000) });
    await refused(
      /⚠️ artifact trainspotter-report-seed-0: entry report\.json inflates past its declared 1000 B \(a zip bomb\?\)/,
    );
  });

  it('refuses an artifact listed at 1 GB without downloading it', async () => {
    app.api.addRunArtifact(RUN, {
      name: 'trainspotter-report-seed-0',
      zip: artifactZip(pass),
      sizeInBytes: 1_000_000_000,
    });
    await refused(
      /⚠️ artifact trainspotter-report-seed-0: listed size 953\.7 MiB \(1000000000 bytes\) is over the 50 MiB limit/,
    );
    expect(app.api.apiCalls().some((c) => c.path.includes(`/actions/runs/${RUN}/artifacts`))).toBe(true);
    expect(downloads()).toEqual([]);
  });

  it('refuses a report.json that is not JSON, saying where', async () => {
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip: artifactZip('{"status": pass}') });
    await refused(/⚠️ artifact trainspotter-report-seed-0: entry report\.json is not valid JSON at 1:\d+/);
  });

  it('refuses a report of another schema version, naming it', async () => {
    const future = { ...pass, schemaVersion: 99 };
    app.api.addRunArtifact(RUN, {
      name: 'trainspotter-report-seed-0',
      zip: artifactZip(JSON.stringify(future)),
    });
    await refused(
      /⚠️ artifact trainspotter-report-seed-0: entry report\.json: unsupported report schemaVersion 99; this trainspotter reads version 1/,
    );
  });

  it('says an expired artifact expired, suggests a rerun and downloads nothing', async () => {
    app.api.addRunArtifact(RUN, {
      name: 'trainspotter-report-seed-0',
      zip: artifactZip(pass),
      expired: true,
    });
    await refused(
      /⚠️ The artifact trainspotter-report-seed-0 has expired.*run the checks again with \/trainspotter rerun\./,
    );
    expect(downloads()).toEqual([]);
  });

  it('says an artifact whose download answers 410 is gone', async () => {
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    app.api.failNext({ method: 'GET', path: /\/actions\/artifacts\/\d+\/zip$/ }, 1, {
      status: 410,
      body: {
        message: 'Artifact has expired',
        documentation_url: 'https://docs.github.com/rest',
        status: '410',
      },
    });
    await refused(
      /⚠️ The artifact trainspotter-report-seed-0 is gone \(expired or deleted\).*\/trainspotter rerun/,
    );
    expect(downloads()).toHaveLength(1);
  });

  it("says a trainspotter workflow's run uploaded no report artifact", async () => {
    app.api.addRunArtifact(RUN, { name: 'coverage', zip: artifactZip('{}') });
    await refused(
      /⚠️ The workflow run trainspotter \\#\d+ finished \(success\) without a trainspotter report artifact/,
    );
    expect(downloads()).toEqual([]);
  });
});

describe('a good and a hostile artifact in one run', () => {
  it('stores and shows the good report, notes the hostile one, and concludes from the good one', async () => {
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    const seed1 = { ...pass, run: { ...pass.run, seed: 1 } };
    const slip = Buffer.from(zipSync({ '../report.json': strToU8(JSON.stringify(seed1)) }));
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-1', zip: slip });
    await deliver();
    expect((await app.store.getReports(REPO, SHA)).map((s) => s.report)).toEqual([pass]);
    const body = comment();
    expect(body).toContain('1 seed (0): 1 pass.');
    expect(body).toMatch(
      /⚠️ artifact trainspotter-report-seed-1: entry \.\.\/report\.json has an unsafe path/,
    );
    expect(body).not.toMatch(/⚠️ artifact trainspotter-report-seed-0/);
    expect(checkRun()?.conclusion).toBe('success');
    expect(app.api.violations).toEqual([]);
  });
});

describe('a report with more annotations than GitHub takes in one request', () => {
  it('sends them all, in requests of at most 50', async () => {
    const [finding] = pass.checks[0]?.findings ?? [];
    if (!finding) throw new Error('the fixture has no finding to copy');
    const noisy: Report = {
      ...pass,
      status: 'fail',
      checks: pass.checks.map((check, c) => ({
        ...check,
        status: 'fail',
        findings: [
          ...check.findings,
          ...Array.from({ length: 40 }, (_, i) => ({
            ...finding,
            series: `loss_${c}_${i}`,
            judge: 'curve' as const,
            verdict: i % 2 ? ('explodes' as const) : ('plateaus' as const),
            severity: i % 2 ? ('fail' as const) : ('warn' as const),
          })),
        ],
      })),
    };
    const expected = annotationsFor([noisy]);
    expect(expected.length).toBeGreaterThanOrEqual(120);
    app.api.addRunArtifact(RUN, { name: 'trainspotter-report-seed-0', zip: artifactZip(noisy) });
    await deliver();
    const check = checkRun();
    expect(check?.conclusion).toBe('failure');
    const sent = (check?.history ?? []).map(
      (h) => ((h.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length,
    );
    expect(sent.every((n) => n <= ANNOTATIONS_PER_REQUEST)).toBe(true);
    expect(sent.filter((n) => n > 0)).toHaveLength(Math.ceil(expected.length / ANNOTATIONS_PER_REQUEST));
    expect(check?.annotations).toEqual(expected);
    expect(app.api.violations).toEqual([]);
  });
});
