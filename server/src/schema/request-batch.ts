// Loads a field for every object of a list in one go. GraphQL resolves a list's items one by one, in the same
// turn of the event loop: each asks here, and the first schedules one load for all of them once the turn ends
// (as DataLoader does), so a page of 100 accounts costs the statements of one.
import type { Context } from '../context.ts'

export function requestBatch<Item, Value>(
  idOf: (item: Item) => string,
  load: (context: Context, items: Item[]) => Promise<Map<string, Value>>,
) {
  const open = new WeakMap<Context, { items: Item[]; loaded: Promise<Map<string, Value>> }>()
  return (context: Context, item: Item): Promise<Value | undefined> => {
    let batch = open.get(context)
    if (!batch) {
      const items: Item[] = []
      const loaded = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        open.delete(context)
        return load(context, items)
      })
      batch = { items, loaded }
      open.set(context, batch)
    }
    batch.items.push(item)
    return batch.loaded.then((values) => values.get(idOf(item)))
  }
}
