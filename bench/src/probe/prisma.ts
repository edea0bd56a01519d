// The Prisma client wrapped for the probe: it hands on the args project.findMany gets (the ones Pothos builds).
import type { Database } from '../../../server/src/db/open.ts'

type Prisma = Database['prisma']

/** The client with project.findMany's args passed to `keep` on their way (the args Pothos builds). */
export function keepingPageArgs(client: Prisma, keep: (args: Record<string, unknown>) => void): Prisma {
  const projectDelegate = new Proxy(client.project, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown
      if (typeof value !== 'function') return value
      const bound = (value as (...args: unknown[]) => unknown).bind(target)
      return prop === 'findMany'
        ? (args: Record<string, unknown>) => {
            keep(args)
            return bound(args)
          }
        : bound
    },
  })
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'project') return projectDelegate
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  }) as Prisma
}

/** The page's select as Pothos builds it for a viewer who needs the contact facts (any role but ADMIN). */
export const pageSelectWithContactFacts = (viewerId: string) => ({
  id: true,
  title: true,
  lastActivityAt: true,
  talent: {
    select: {
      id: true,
      name: true,
      phone: true,
      createdById: true,
      _count: {
        select: {
          ledProjects: { where: { OR: [{ ownerId: viewerId }, { followers: { some: { userId: viewerId } } }] } },
        },
      },
    },
  },
  owner: { select: { id: true, name: true } },
  unit: { select: { id: true, name: true } },
  lastActivity: { select: { id: true, occurredAt: true, summary: true } },
})
