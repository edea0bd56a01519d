// For the investigation only (variant (e), `pnpm --filter bench probe`): what the changes proposed for the
// server would save, tried WITHOUT editing server/. A proxy around the PrismaClient the server is given:
//   select         Query.projects' findMany gets a `select` of the columns the bench page asks for, as
//                  Pothos would send with `select: { id: true }` on the prismaNode types (instead of
//                  `include`, which reads every column of Project, Talent, User, Unit and Activity);
//                  the contact facts (talent.ledProjects + followers) are kept only for non-ADMIN users.
//   session-cache  session.findUnique answered from memory for 30 s after the first lookup of a token.
// Only the bench query's shape is handled; anything else passes through unchanged.
import type { PrismaClient } from '../../../server/src/generated/prisma/client.ts'

export type Simulation = 'select' | 'session-cache'

export const pageSelect = (withContactFacts: boolean) => ({
  id: true,
  title: true,
  lastActivityAt: true,
  talent: {
    select: {
      id: true,
      name: true,
      phone: true,
      ...(withContactFacts
        ? { createdById: true, ledProjects: { select: { unitId: true, ownerId: true, followers: { select: { userId: true } } } } }
        : {}),
    },
  },
  owner: { select: { id: true, name: true } },
  unit: { select: { id: true, name: true } },
  activities: { take: 1, orderBy: { occurredAt: 'desc' as const }, select: { id: true, occurredAt: true, summary: true } },
})

export function simulate(prisma: PrismaClient, simulations: Simulation[], isAdmin: () => boolean = () => true): PrismaClient {
  if (simulations.length === 0) return prisma
  const sessions = new Map<string, { at: number; value: Promise<unknown> }>()
  const wrap = (model: string, method: string, replace: (original: (args: unknown) => Promise<unknown>, args: unknown) => Promise<unknown>) => {
    const delegate = (prisma as unknown as Record<string, Record<string, unknown>>)[model]!
    return new Proxy(delegate, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown
        if (typeof value !== 'function') return value
        const bound = (value as (...args: unknown[]) => Promise<unknown>).bind(target)
        return prop === method ? (args: unknown) => replace(bound, args) : bound
      },
    })
  }
  const project = simulations.includes('select')
    ? wrap('project', 'findMany', (findMany, args) => {
        const { include: _include, select: _select, ...rest } = args as Record<string, unknown>
        return findMany({ ...rest, select: pageSelect(!isAdmin()) })
      })
    : undefined
  const session = simulations.includes('session-cache')
    ? wrap('session', 'findUnique', (findUnique, args) => {
        const key = JSON.stringify(args)
        const hit = sessions.get(key)
        if (hit && performance.now() - hit.at < 30_000) return hit.value
        const value = findUnique(args)
        sessions.set(key, { at: performance.now(), value })
        return value
      })
    : undefined
  return new Proxy(prisma, {
    get(target, prop) {
      if (prop === 'project' && project) return project
      if (prop === 'session' && session) return session
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}
