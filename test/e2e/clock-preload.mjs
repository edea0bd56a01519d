// Loaded into the end-to-end server (NODE_OPTIONS=--import) when a test run sets TEST_CLOCK: the server's
// Date starts at that time and runs on in real time. The test process fakes its own Date with vitest's fake
// timers and the browser with Playwright's clock; neither library can be loaded into this child, so Date is
// shifted by hand. A proxy of Date itself, not a subclass, so every date still passes `instanceof Date`.
const target = Date.parse(process.env.TEST_CLOCK ?? '')
if (!Number.isNaN(target)) {
  const RealDate = Date
  const offset = target - RealDate.now()
  const shiftedNow = () => RealDate.now() + offset
  globalThis.Date = new Proxy(RealDate, {
    construct: (date, args, newTarget) => Reflect.construct(date, args.length ? args : [shiftedNow()], newTarget),
    // Date() called without new gives the current time as a string.
    apply: () => new RealDate(shiftedNow()).toString(),
    get: (date, key, receiver) => (key === 'now' ? shiftedNow : Reflect.get(date, key, receiver)),
  })
}
