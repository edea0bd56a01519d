// Overdue requests go up to the talent office (督办): the server's timer does it (see main.ts); an ADMIN can
// run it at once. Either way each request is escalated once.
import { builder } from '../../builder.ts'
import { requireUser } from '../../write/run-write.ts'
import { escalateOverdueSupportRequests } from './escalate-overdue.ts'

builder.mutationField('escalateOverdueSupportRequests', (t) =>
  t.int({
    description: '把超期未办结的诉求升级到人才办督办，返回本次升级的条数；已升级的不会重复升级（服务器也会定时执行）',
    authScopes: { role: ['ADMIN'] },
    resolve: (_root, _args, context) =>
      escalateOverdueSupportRequests(context.prisma, { byId: requireUser(context).id, address: context.address }),
  }),
)
