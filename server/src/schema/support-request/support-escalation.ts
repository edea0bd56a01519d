// Overdue requests go up to the talent office (督办): the server's timer does it (see main.ts); an ADMIN can
// run it at once. Either way each request is escalated once to each level; past the office it climbs the
// chain the office sets (`escalation`).
import { builder } from '../../builder.ts'
import { requireUser } from '../../write/run-write.ts'
import { escalateOverdueSupportRequests } from './escalate-overdue.ts'

builder.mutationField('escalateOverdueSupportRequests', (t) =>
  t.int({
    description:
      '把超期未办结的诉求升级到人才办督办，仍未办结的按督办升级链逐级上升，返回本次升级的条数；每级只升一次（服务器也会定时执行）',
    authScopes: { role: ['ADMIN'] },
    resolve: (_root, _args, context) =>
      escalateOverdueSupportRequests(context.prisma, { byId: requireUser(context).id, address: context.address }),
  }),
)
