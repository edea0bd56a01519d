// Date, shifted: `new Date()` and `Date.now()` start at a chosen time and run on in real time; every other
// use of Date is untouched. A proxy of Date itself, so dates pass `instanceof Date` and subclasses still get
// their own instances: vitest's fake Date does not (@date-fns/tz's TZDate came out as plain dates, and every
// county-time calculation went wrong). Used by the tests (test/support/clock.ts) and, as a preload, by the
// end-to-end server (test/e2e/clock-preload.mjs). Timers are left real: PGlite and the drivers wait on them.
const realKey = Symbol.for('talent-pipeline.real-date')
globalThis[realKey] ??= globalThis.Date
const RealDate = globalThis[realKey]

/** From now on the process's clock reads `time` (ms since the epoch), then runs on. */
export function shiftDate(time) {
  shiftDateBy(time - RealDate.now())
}

/**
 * The clock `offset` ms from the real one. Self-contained (it names nothing outside itself), so that a
 * browser page runs it too, as an init script: the end-to-end phones (harness.ts) keep the server's time.
 */
export function shiftDateBy(offset) {
  const realKey = Symbol.for('talent-pipeline.real-date')
  globalThis[realKey] ??= globalThis.Date
  const RealDate = globalThis[realKey]
  const shiftedNow = () => RealDate.now() + offset
  globalThis.Date = new Proxy(RealDate, {
    construct: (date, args, newTarget) => Reflect.construct(date, args.length ? args : [shiftedNow()], newTarget),
    // Date() called without new gives the current time as a string.
    apply: () => new RealDate(shiftedNow()).toString(),
    get: (date, key, receiver) => (key === 'now' ? shiftedNow : Reflect.get(date, key, receiver)),
  })
}

/** How far the process's clock is from the real one, in ms. */
export function dateOffset() {
  return Date.now() - RealDate.now()
}

/** Back to the real clock. */
export function realDate() {
  globalThis.Date = RealDate
}
