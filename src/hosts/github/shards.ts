// mode merge on GitHub: the shards' job folders come from the artifacts
// their matrix jobs uploaded. shardsFrom names folders (a workflow that ran
// actions/download-artifact itself) or artifact name patterns such as
// azcp-shard-* (default azcp-*, the default artifactName's form): this
// step then lists the run's artifacts, the latest of each name (a re-run
// job uploads again under the same name), and downloads the matching ones,
// each into a folder of its own.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../contract/errors.ts';

/** The part of @actions/artifact's client this uses (tests pass a stand-in for the artifact service). */
export interface ArtifactService {
  listArtifacts(options: { latest: boolean }): Promise<{ artifacts: Array<{ id: number; name: string }> }>;
  downloadArtifact(id: number, options: { path: string }): Promise<{ downloadPath?: string }>;
}

export const DEFAULT_SHARD_ARTIFACTS = 'azcp-*';

/** True when every item names an existing folder: nothing to download. */
export function namesFolders(items: string[]): boolean {
  return items.length > 0 && items.every((i) => existsSync(i));
}

/** Downloads the run's artifacts whose names match `patterns` into `into`/NAME; returns `into`. */
export async function downloadShardArtifacts(client: ArtifactService, patterns: string[], into: string, info: (m: string) => void): Promise<string> {
  const wanted = picomatch(patterns.length ? patterns : [DEFAULT_SHARD_ARTIFACTS]);
  const { artifacts } = await client.listArtifacts({ latest: true });
  const matching = artifacts.filter((a) => wanted(a.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (!matching.length) {
    throw new UsageError(`no artifact of this run matches shardsFrom ${JSON.stringify(patterns.join(';') || DEFAULT_SHARD_ARTIFACTS)} (artifacts: ${artifacts.map((a) => a.name).join(', ') || 'none'}); give each shard step an artifactName such as azcp-shard-\${{ matrix.shard }}`);
  }
  mkdirSync(into, { recursive: true });
  for (const a of matching) {
    // An artifact name cannot hold a path separator on GitHub; the folder name is it as given.
    const path = join(into, a.name.replace(/[\\/]/g, '_'));
    await client.downloadArtifact(a.id, { path });
    info(`azcp: downloaded artifact "${a.name}" (id ${a.id}) into ${path}`);
  }
  return into;
}
