// The one shape of every project mutation: parse, write at most once with an audit entry, answer with the
// project as the caller may see it.
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import type { Role } from '../../generated/prisma/enums.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseProjectInput, type ProjectInput, type projectInputs } from '../../domain/project.ts'
import { runWrite, type WriteOutcome } from '../../write/run-write.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { ProjectInputs } from './project-inputs.ts'

type Kind = keyof typeof projectInputs & keyof typeof ProjectInputs

export function projectMutation<K extends Kind>(
  name: string,
  kind: K,
  options: {
    description: string
    roles: Role[]
    write: (tx: Transaction, user: SessionUser, input: ProjectInput<K>) => Promise<Omit<WriteOutcome, 'id'>>
  },
) {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: 'Project',
      description: options.description,
      authScopes: { role: options.roles },
      args: { input: t.arg({ type: ProjectInputs[kind] as never, required: true }) },
      resolve: async (query, _root, args, context) => {
        const input = parseProjectInput(kind, args.input)
        const { clientMutationId, id } = input as { clientMutationId: string; id: string }
        const spec = { clientMutationId, operation: name, entity: 'Project', recordId: id }
        await runWrite(context, spec, async (tx, user) => ({ id, ...(await options.write(tx, user, input)) }))
        const project = await context.prisma.project.findFirst({
          ...query,
          where: { id },
        })
        if (!project) throw DomainError.notFound('项目')
        return project
      },
    }),
  )
}

export const projectWriters: Role[] = ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN']
