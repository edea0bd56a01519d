// The talent office's list of records that look like one person (the same phone, or the same name at the same
// employer, as duplicateReason says), for the side-by-side merge. Records already merged are left out.
import { builder } from '../../builder.ts'
import { Prisma, type Talent } from '../../generated/prisma/client.ts'
import { TalentNode } from './talent.ts'

interface Pair {
  reason: 'SAME_PHONE' | 'SAME_NAME_AND_EMPLOYER'
  first: Talent
  second: Talent
}

const DuplicateReasonEnum = builder.enumType('TalentDuplicateReason', {
  values: { SAME_PHONE: { description: '同一手机号' }, SAME_NAME_AND_EMPLOYER: { description: '同名且同单位' } },
})

const PairRef = builder.objectRef<Pair>('TalentDuplicatePair').implement({
  authScopes: { role: ['ADMIN'] },

  description: '疑似同一人的两条人才记录（先登记的在前）',
  fields: (t) => ({
    reason: t.field({ type: DuplicateReasonEnum, resolve: (pair) => pair.reason }),
    first: t.field({ type: TalentNode, resolve: (pair) => pair.first }),
    second: t.field({ type: TalentNode, resolve: (pair) => pair.second }),
  }),
})

const squeezed = (column: string) => Prisma.raw(`lower(regexp_replace(${column}, '\\s+', '', 'g'))`)

builder.queryField('talentDuplicatePairs', (t) =>
  t.field({
    type: [PairRef],
    description: '疑似重复的人才（同一手机号，或同名且同单位），最新的在前，最多 100 对（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    resolve: async (_root, _args, context) => {
      // Two joins, not one OR, so that the phone's index serves the first.
      const pairs = await context.prisma.$queryRaw<{ first: string; second: string; reason: Pair['reason'] }[]>`
        SELECT DISTINCT ON (newer, older) older AS first, newer AS second, reason FROM (
          SELECT a.id AS older, b.id AS newer, 'SAME_PHONE' AS reason, 1 AS rank
          FROM "Talent" a JOIN "Talent" b ON b.phone = a.phone AND a.id < b.id
          WHERE a."mergedIntoId" IS NULL AND b."mergedIntoId" IS NULL
          UNION ALL
          SELECT a.id, b.id, 'SAME_NAME_AND_EMPLOYER', 2
          FROM "Talent" a JOIN "Talent" b
            ON ${squeezed('b.name')} = ${squeezed('a.name')}
           AND ${squeezed('b.employer')} = ${squeezed('a.employer')} AND a.id < b.id
          WHERE a."mergedIntoId" IS NULL AND b."mergedIntoId" IS NULL AND a.employer <> ''
        ) p
        ORDER BY newer DESC, older DESC, rank
        LIMIT 100`
      const talents = await context.prisma.talent.findMany({
        where: { id: { in: [...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))] } },
      })
      const byId = new Map(talents.map((talent) => [talent.id, talent]))
      return pairs.flatMap(({ first, second, reason }) => {
        const [a, b] = [byId.get(first), byId.get(second)]
        return a && b ? [{ reason, first: a, second: b }] : []
      })
    },
  }),
)
