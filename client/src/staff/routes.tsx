import { Route } from '@solidjs/router'

/** The signed-in routes of this area; each screen is a lazy chunk: `lazy(() => import('./screen.tsx'))`. */
export function StaffRoutes() {
  return <></>
}
