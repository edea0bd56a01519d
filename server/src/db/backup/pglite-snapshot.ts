// A copy of an embedded database's folder, taken by the process that has it open: PGlite is one process's
// PostgreSQL, so nothing else may read its folder while it runs, and a plain file copy can tear a page.
import { gzip } from 'node:zlib'
import { promisify } from 'node:util'
import type { PGlite } from '@electric-sql/pglite'

const compress = promisify(gzip)

/**
 * The folder as a gzipped tarball, read between two transactions: every query and transaction of the
 * server waits on PGlite's transaction lock, which this holds while the files are read (synchronously,
 * from PGlite's file system), so the copy is the database at one moment with no transaction open. The
 * server waits meanwhile (about a second for the demo county, bench/README.md); compressing happens after.
 */
export async function snapshotPglite(pglite: PGlite): Promise<Buffer> {
  const tarball = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir('none'))
  return compress(Buffer.from(await tarball.arrayBuffer()))
}

/** The gzip magic number: how a snapshot is told from a PostgreSQL custom-format dump (`PGDMP`). */
export function isPgliteSnapshot(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b
}
