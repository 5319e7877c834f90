// The state behind FakeGitHubApi: what tests seed (comments, files, run artifacts, pulls,
// permissions) and what the fake records (check runs, labels, reruns, tokens, uploads). The
// routes (fake-github-routes.ts, fake-artifact-upload.ts) read and change it.

/** A collaborator's permission on the repository, as `GET .../collaborators/{username}/permission` says it. */
export type Permission = 'admin' | 'write' | 'read' | 'none';

/** An issue or pull request comment. */
export interface FakeComment {
  readonly id: number;
  body: string;
  readonly user: { readonly login: string; readonly type: 'Bot' | 'User' };
  /** The issue or pull request it is on; undefined: it is listed on every issue. */
  readonly issueNumber: number | undefined;
  readonly createdAt: string;
  updatedAt: string;
}

/** A check run as created and updated through the REST API. */
export interface FakeCheckRun {
  readonly id: number;
  readonly head_sha: string;
  name: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  /** Every annotation sent so far, across requests (GitHub appends them). */
  readonly annotations: unknown[];
  actions: unknown[];
  /** The body of each create (POST) and update (PATCH) request, in order. */
  readonly history: { readonly method: 'POST' | 'PATCH'; readonly body: unknown }[];
}

/** An artifact of a workflow run, as the REST API lists and downloads it. */
export interface RunArtifact {
  readonly id: number;
  readonly runId: number;
  readonly name: string;
  readonly zip: Buffer;
  readonly sizeInBytes: number;
  expired: boolean;
  readonly createdAt: string;
}

/**
 * A pull request as `GET /repos/{owner}/{repo}/pulls` lists it: the fields the list filters on are
 * required, any other field of GitHub's pull-request object passes through as given.
 */
export interface SeededPull {
  number: number;
  state?: 'open' | 'closed';
  head: { ref: string; sha: string; repo: { owner: { login: string }; [field: string]: unknown } | null };
  [field: string]: unknown;
}

/** An installation access token the fake issued, with the app JWT that asked for it. */
export interface IssuedToken {
  readonly installationId: number;
  readonly token: string;
  readonly jwt: string;
  readonly expiresAt: string;
}

/** An artifact as the fake artifact service (Twirp and blob upload) received it. */
export interface UploadedArtifact {
  readonly name: string;
  /** The zip's bytes as committed to the blob store; undefined until the block list is committed. */
  zip?: Buffer;
  artifactId?: string;
}

/** GitHub's timestamp format, to the second: `2024-05-01T12:00:00Z`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class FakeGitHubStore {
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  /** The run ids of `POST .../actions/runs/{run_id}/rerun` requests, in order. */
  readonly reruns: number[] = [];
  readonly installationTokens: IssuedToken[] = [];
  /** Artifacts uploaded through the artifact service (Twirp). */
  readonly artifacts: UploadedArtifact[] = [];
  /** Artifacts seeded with addRunArtifact, which the REST API lists and downloads. */
  readonly runArtifacts: RunArtifact[] = [];
  readonly pulls: SeededPull[] = [];
  /** Seeded files, keyed `owner/repo:path`. */
  readonly files = new Map<string, string>();
  readonly permissions = new Map<string, Permission>();
  readonly issueLabels = new Map<number, string[]>();
  /** Uploaded blob blocks, keyed `artifact name/block id`. */
  readonly blocks = new Map<string, Buffer>();
  /** Answer every REST write with GitHub's 403 for a read-only token (a fork's pull request). */
  readOnly = false;
  /** The login of the comments the fake creates (the token's bot). */
  botLogin: string;
  private lastId = 999;

  constructor(botLogin = 'github-actions[bot]') {
    this.botLogin = botLogin;
  }

  /** A new id for a comment, check run, artifact or token (one sequence, from 1000). */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /**
   * Seeds a comment as GitHub lists it: a bot's (`botLogin`) or a person's (`octocat`), on one
   * issue or, without `issueNumber`, on every issue. Returns its id.
   */
  addComment(body: string, type: 'Bot' | 'User' = 'Bot', issueNumber?: number): number {
    const id = this.nextId();
    const login = type === 'Bot' ? this.botLogin : 'octocat';
    const now = isoSeconds(Date.now());
    this.comments.push({ id, body, user: { login, type }, issueNumber, createdAt: now, updatedAt: now });
    return id;
  }

  /** Seeds a file that `GET /repos/{owner}/{repo}/contents/{path}` serves (any ref). */
  setFile(repoFullName: string, path: string, text: string): void {
    this.files.set(`${repoFullName}:${path.replace(/^\/+/, '')}`, text);
  }

  /**
   * Seeds an artifact of workflow run `runId`: `zip` (default empty) is what the download
   * returns; `sizeInBytes` (default the zip's length) what the list says. Returns its id.
   */
  addRunArtifact(
    runId: number,
    artifact: { name: string; zip?: Buffer; sizeInBytes?: number; expired?: boolean },
  ): number {
    const id = this.nextId();
    const zip = artifact.zip ?? Buffer.alloc(0);
    this.runArtifacts.push({
      id,
      runId,
      name: artifact.name,
      zip,
      sizeInBytes: artifact.sizeInBytes ?? zip.length,
      expired: artifact.expired ?? false,
      createdAt: isoSeconds(Date.now()),
    });
    return id;
  }

  /** Seeds a pull request that `GET /repos/{owner}/{repo}/pulls` lists (state defaults to open). */
  addPull(pull: SeededPull): void {
    this.pulls.push({ state: 'open', ...pull });
  }

  /** Sets a user's permission on every repository (unset users have 'read'). */
  setPermission(login: string, permission: Permission): void {
    this.permissions.set(login, permission);
  }

  /** The names of the labels on an issue or pull request, in the order they were added. */
  labels(issueNumber: number): string[] {
    return [...(this.issueLabels.get(issueNumber) ?? [])];
  }
}
