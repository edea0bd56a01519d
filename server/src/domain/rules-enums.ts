// @talent/rules spells the schema's enums as string unions, so that the phone can use it without Prisma.
// This does not compile once a union and its Prisma enum differ (prisma/schema.prisma changed, not the rules).
import type * as prisma from '../generated/prisma/enums.ts'
import type * as rules from '@talent/rules/enums'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

export const rulesEnumsMatchPrisma = {
  Stage: true satisfies Same<rules.Stage, prisma.Stage>,
  ProjectStatus: true satisfies Same<rules.ProjectStatus, prisma.ProjectStatus>,
  SourceChannel: true satisfies Same<rules.SourceChannel, prisma.SourceChannel>,
  DataSource: true satisfies Same<rules.DataSource, prisma.DataSource>,
  SupportStatus: true satisfies Same<rules.SupportStatus, prisma.SupportStatus>,
  SupportCategory: true satisfies Same<rules.SupportCategory, prisma.SupportCategory>,
  Role: true satisfies Same<rules.Role, prisma.Role>,
  UnitKind: true satisfies Same<rules.UnitKind, prisma.UnitKind>,
  NoticeKind: true satisfies Same<rules.NoticeKind, prisma.NoticeKind>,
}
