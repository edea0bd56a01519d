import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const prismaDir = path.join(repoRoot, 'prisma')
export const clientDistDir = path.join(repoRoot, 'client/dist')
export const defaultPgliteDir = path.join(repoRoot, 'data/pglite')
