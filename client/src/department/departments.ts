// The county's departments, to hand a request to (and to name them on a pending hop before it syncs).
import { createMemo } from 'solid-js'
import { graphql } from '../graphql.ts'
import { createRead } from '../urql/read.ts'

const DepartmentUnitsQuery = graphql(`
  query DepartmentUnits {
    units(kind: [DEPARTMENT]) { id uuid name }
  }
`)

export function createDepartments() {
  const read = createRead(DepartmentUnitsQuery)
  return createMemo(() => read.data()?.units ?? [])
}
