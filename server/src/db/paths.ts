import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Set to true by `pnpm release` (scripts/release/bundle-server.mjs) in the bundled server; absent under tsx. */
declare const __TALENT_RELEASE__: boolean | undefined
const inRelease = typeof __TALENT_RELEASE__ !== 'undefined' && __TALENT_RELEASE__

const here = path.dirname(fileURLToPath(import.meta.url))
/**
 * The product's folder, holding `prisma/` and `client/dist/`: the repository (this file is server/src/db/paths.ts),
 * or an unpacked release (talent-pipeline-<version>/, whose bundled code sits in server/*.js).
 */
export const repoRoot = path.resolve(here, inRelease ? '..' : '../../..')
export const prismaDir = path.join(repoRoot, 'prisma')
export const clientDistDir = path.join(repoRoot, 'client/dist')
/**
 * The embedded database when PGLITE_DIR is not set. A release keeps it beside its own folder (data/pglite next to
 * talent-pipeline-<version>/): an upgrade unpacks a new folder and removes the old one, and the data must stay.
 */
export const defaultPgliteDir = inRelease
  ? path.join(path.dirname(repoRoot), 'data/pglite')
  : path.join(repoRoot, 'data/pglite')
