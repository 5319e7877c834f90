// The artifact service of a workflow run as @actions/artifact talks to it: Twirp CreateArtifact
// and FinalizeArtifact, and the Azure block blob it hands out a signed upload URL for. Neither is
// part of GitHub's REST description, so FakeGitHubApi does not check them against it.

import type { Reply } from './fake-github-routes.js';
import type { FakeGitHubStore } from './fake-github-store.js';

export const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** Answers a Twirp call (`path` under TWIRP) of the artifact service. */
export function twirp(store: FakeGitHubStore, path: string, body: unknown, base: string): Reply {
  const name = String((body as { name?: unknown } | null)?.name);
  if (path === `${TWIRP}CreateArtifact`) {
    store.artifacts.push({ name });
    const url = `${base}/blob/${encodeURIComponent(name)}.zip?sig=fake`;
    return { status: 200, body: { ok: true, signed_upload_url: url } };
  }
  if (path === `${TWIRP}FinalizeArtifact`) {
    const artifact = store.artifacts.find((a) => a.name === name);
    if (!artifact?.zip)
      return { status: 404, body: { code: 'not_found', msg: 'no upload for this artifact' } };
    artifact.artifactId = String(store.nextId());
    return { status: 200, body: { ok: true, artifact_id: artifact.artifactId } };
  }
  return { status: 404, body: { code: 'bad_route', msg: `no such method ${path}` } };
}

/** Azure block blob: Put Block (`comp=block`), Put Block List (`comp=blocklist`) or Put Blob; the status. */
export function putBlob(store: FakeGitHubStore, method: string, url: URL, raw: Buffer): number {
  const name = decodeURIComponent(url.pathname.slice('/blob/'.length)).replace(/\.zip$/, '');
  const artifact = store.artifacts.find((a) => a.name === name);
  if (method !== 'PUT' || !artifact) return 404;
  const comp = url.searchParams.get('comp');
  if (comp === 'block') {
    store.blocks.set(`${name}/${url.searchParams.get('blockid')}`, raw);
    return 201;
  }
  if (comp === 'blocklist') {
    const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
      (m) => m[1],
    );
    artifact.zip = Buffer.concat(ids.map((id) => store.blocks.get(`${name}/${id}`) ?? Buffer.alloc(0)));
    return 201;
  }
  if (comp === null) {
    artifact.zip = raw;
    return 201;
  }
  return 400;
}

/** The bytes of seeded run artifact `/artifact-blob/{id}` (where the REST download redirects). */
export function artifactBlob(store: FakeGitHubStore, method: string, url: URL): Reply {
  const id = Number(url.pathname.slice('/artifact-blob/'.length));
  const artifact = store.runArtifacts.find((a) => a.id === id);
  if (method !== 'GET' || !artifact || url.searchParams.get('sig') === null) {
    return { status: 404, raw: 'BlobNotFound', headers: { 'content-type': 'application/xml' } };
  }
  return { status: 200, raw: artifact.zip, headers: { 'content-type': 'application/zip' } };
}
