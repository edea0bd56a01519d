import { builder } from '../builder.ts'
import { UnitKindEnum } from './enums.ts'

export const UnitNode = builder.prismaNode('Unit', {
  select: { id: true },
  id: { field: 'id' },
  // Unit names are not secret: everyone signed in sees the county's units.
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    code: t.exposeString('code'),
    kind: t.expose('kind', { type: UnitKindEnum }),
  }),
})
