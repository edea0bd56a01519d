// Prisma clients wrapped for the probe: one that hands on the args project.findMany gets, one answered from memory.
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

/** Prisma answered from memory (the page and the session as loaded once): what yoga + Pothos + graphql cost alone. */
export function inMemory(client: Prisma): Prisma {
  const memo = new Map<string, unknown>()
  const remember = (model: 'project' | 'session', method: string) =>
    new Proxy(client[model], {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown
        if (typeof value !== 'function') return value
        const bound = (value as (...a: unknown[]) => Promise<unknown>).bind(target)
        if (prop !== method) return bound
        return async (a: unknown) => {
          const key = `${model}.${method}:${JSON.stringify(a)}`
          if (!memo.has(key)) memo.set(key, await bound(a))
          return structuredClone(memo.get(key))
        }
      },
    })
  const memoProject = remember('project', 'findMany')
  const memoSession = remember('session', 'findUnique')
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'project') return memoProject
      if (prop === 'session') return memoSession
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  }) as Prisma
}
