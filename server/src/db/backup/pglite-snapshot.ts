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
 * server waits meanwhile (about a second for the demo county); compressing happens after, off its thread.
 */
export async function snapshotPglite(pglite: PGlite): Promise<Buffer> {
  const tarball = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir('none'))
  // In one piece: zlib hands each chunk back through the event loop, and at its default 16 kB a busy server
  // took minutes to get through a snapshot's thousands of chunks.
  const raw = Buffer.from(await tarball.arrayBuffer())
  return compress(raw, { chunkSize: Math.max(raw.length, 64 * 1024) })
}

/** The gzip magic number: how a snapshot is told from a PostgreSQL custom-format dump (`PGDMP`). */
export function isPgliteSnapshot(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b
}
