import { formatBytes } from '../../core/format-bytes.js';
import { ArtifactError } from './artifact-error.js';

const MiB = 1024 * 1024;

/** How much of a downloaded artifact trainspotter is willing to read; each limit in bytes or a count. */
export interface ArtifactLimits {
  /** Largest zip accepted, bytes (checked on the listing's size_in_bytes before download, and again on the bytes). default 50 MiB */
  readonly maxZipBytes: number;
  /** Largest uncompressed size of one entry, bytes. default 64 MiB */
  readonly maxEntryBytes: number;
  /** Largest total uncompressed bytes over all entries. default 128 MiB */
  readonly maxTotalBytes: number;
  /** Most entries in one zip. default 64 */
  readonly maxEntries: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than 1 MiB. default 200 */
  readonly maxRatio: number;
}

/** Generous for reports of a few MB, small enough that a hostile artifact cannot exhaust the app's memory. */
export const DEFAULT_ARTIFACT_LIMITS: ArtifactLimits = Object.freeze({
  maxZipBytes: 50 * MiB,
  maxEntryBytes: 64 * MiB,
  maxTotalBytes: 128 * MiB,
  maxEntries: 64,
  maxRatio: 200,
});

/** Entries up to this size are not ratio-checked: small text compresses well for innocent reasons. */
export const RATIO_FLOOR_BYTES = MiB;

/** The fix named by every size complaint. */
export const SIZE_FIX =
  'trainspotter reports are a few MB — check the artifact-name input and what the workflow uploads';

/**
 * Throws ArtifactError when an artifact's listed size (`size_in_bytes` of the artifacts API, bytes)
 * exceeds `limits.maxZipBytes` or is not a byte count. Call it before downloading.
 */
export function checkArtifactSize(
  name: string,
  sizeInBytes: number,
  limits: ArtifactLimits = DEFAULT_ARTIFACT_LIMITS,
): void {
  if (!Number.isSafeInteger(sizeInBytes) || sizeInBytes < 0) {
    throw new ArtifactError(
      name,
      `listed size ${String(sizeInBytes)} is not a byte count`,
      'the artifact listing is malformed — list the artifacts again',
    );
  }
  if (sizeInBytes > limits.maxZipBytes) {
    throw new ArtifactError(
      name,
      `listed size ${formatBytes(sizeInBytes)} (${sizeInBytes} bytes) is over the ${formatBytes(limits.maxZipBytes)} limit`,
      SIZE_FIX,
    );
  }
}
