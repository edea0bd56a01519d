import { builder } from '../builder.ts'
import './scalars.ts'
import './enums.ts'
import './unit.ts'
import './user.ts'
import './talent.ts'
import './project.ts'
import './lead.ts'
import './session.ts'

export const schema = builder.toSchema({ sortSchema: true })
