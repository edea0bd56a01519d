// The county's departments, to hand a request to (and to name them on a pending hop before it syncs).
import { createMemo } from 'solid-js'
import { createQuery } from '@urql/solid'
import { graphql } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'

const DepartmentUnitsQuery = graphql(`
  query DepartmentUnits {
    units(kind: [DEPARTMENT]) { id uuid name }
  }
`)

export function createDepartments() {
  const [result] = createQuery({ query: DepartmentUnitsQuery, pause: () => !hydrated() })
  return createMemo(() => result.data?.units ?? [])
}
