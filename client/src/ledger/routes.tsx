import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Ledger = lazy(() => import('./ledger.tsx'))

/** 台账: export for the talent office and units' managers and heads, import for the talent office (ledger.tsx). */
export function LedgerRoutes() {
  return <Route path="/ledger" component={Ledger} />
}
