// Variant (e) and the probe: our GraphQL with its data answered from memory, to measure the ceiling of
// everything that is not the database — yoga, graphql-armor, graphql-js, Pothos and its plugins, JSON and
// HTTP. project.findMany and session.findUnique are answered, after their first call with the same
// arguments, with a structured clone of that first answer (a clone, so that no request sees objects
// another request resolved); every other call reaches Prisma and the database as usual.
import type { Database } from '../../../server/src/db/open.ts'

type Prisma = Database['prisma']

export function inMemory(client: Prisma): Prisma {
  const memo = new Map<string, unknown>()
  const remember = (model: 'project' | 'session', method: string) =>
    new Proxy(client[model], {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown
        if (typeof value !== 'function') return value
        const bound = (value as (...a: unknown[]) => Promise<unknown>).bind(target)
        if (prop !== method) return bound
        return async (args: unknown) => {
          const key = `${model}.${method}:${JSON.stringify(args)}`
          if (!memo.has(key)) memo.set(key, await bound(args))
          return structuredClone(memo.get(key))
        }
      },
    })
  const project = remember('project', 'findMany')
  const session = remember('session', 'findUnique')
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'project') return project
      if (prop === 'session') return session
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  }) as Prisma
}
