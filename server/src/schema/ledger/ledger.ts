// The projects ledger (台账) as a spreadsheet: the export here; the two-step import in ledger-import.ts.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { ledgerFields, ledgerHeaders } from '../../domain/ledger/ledger-columns.ts'
import { countyDay } from '../../domain/ledger/ledger-dates.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { ledgerExportScope, ledgerExporters } from '../../auth/ledger-export-scope.ts'
import { ledgerWorkbook, loadLedgerProjects } from './ledger-workbook.ts'
import { loadLedgerSpending } from './ledger-spending.ts'
import { countyYear } from '../../domain/assessment.ts'
import { requireUser } from '../../write/run-write.ts'
import { audit } from '../../write/audit.ts'
import { SheetFileRef } from '../assessment/assessment-targets-sheet.ts'
import { contextLocale, type Locale } from '../../locale/locale.ts'

// The title, the note line and the file's name, in the reader's language.
const headings = {
  'zh-CN': {
    county: '全县',
    title: (owner: string) => `${owner}人才项目台账`,
    phones: { FULL: '完整（仅限人才办使用，请妥善保管）', MASKED: '已脱敏' },
    note: (day: string, count: number, phones: string, by: string) =>
      `导出日期：${day}　共 ${count} 个项目　手机号：${phones}　导出人：${by}`,
    file: (owner: string, day: string) => `${owner}人才项目台账（${day}）.xlsx`,
  },
  en: {
    county: 'County',
    title: (owner: string) => `${owner} talent project ledger`,
    phones: { FULL: 'in full (talent office only, keep safe)', MASKED: 'masked' },
    note: (day: string, count: number, phones: string, by: string) =>
      `Exported ${day} · ${count} projects · phones ${phones} · by ${by}`,
    file: (owner: string, day: string) => `${owner} talent project ledger (${day}).xlsx`,
  },
} satisfies Record<Locale, unknown>

const upperSnake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()

export const LedgerFieldEnum = builder.enumType('LedgerField', {
  description: '台账的列（导出的列名即说明）',
  values: Object.fromEntries(
    ledgerFields.map((field) => [upperSnake(field), { value: field, description: ledgerHeaders[field] }]),
  ) as Record<string, { value: (typeof ledgerFields)[number]; description: string }>,
})

builder.queryField('ledgerWorkbook', (t) =>
  t.field({
    type: SheetFileRef,
    description:
      '导出人才项目台账（.xlsx）：人才办可导出全县或任一单位（含完整手机号，记入审计日志）；园区/镇街负责人、一把手只能导出本单位（手机号脱敏）',
    authScopes: { role: ledgerExporters },
    args: {
      unitId: t.arg.string({
        required: false,
        description: '单位编号（UUID）；不填时人才办导出全县，其他人导出本单位',
      }),
    },
    resolve: async (_root, args, context) => {
      const user = requireUser(context)
      const input = parseInput(z.object({ unitId: uuid('单位').optional().nullable() }), args)
      const scope = ledgerExportScope(user, input.unitId)
      const unit = scope.unitId
        ? await context.prisma.unit.findUnique({ where: { id: scope.unitId }, select: { name: true } })
        : null
      if (scope.unitId && !unit) throw DomainError.notFound('单位')
      const projects = await loadLedgerProjects(context.prisma, scope.unitId)
      const now = new Date()
      const spending = await loadLedgerSpending(context.prisma, scope.unitId, countyYear(now))
      const locale = contextLocale(context)
      const words = headings[locale]
      const owner = unit?.name ?? words.county
      const note = words.note(countyDay(now), projects.length, words.phones[scope.phones], user.name)
      const content = await ledgerWorkbook(
        { title: words.title(owner), note, author: user.name },
        projects,
        scope.phones,
        locale,
        spending,
      )
      // A file of names (and, for the talent office, phones) leaving the system: kept like a reveal.
      await audit(context.prisma, {
        actorId: user.id,
        action: 'exportLedger',
        entity: 'Unit',
        entityId: scope.unitId,
        address: context.address,
        reason: scope.phones === 'FULL' ? '导出台账（含完整手机号）' : '导出台账（手机号脱敏）',
        changes: { unitId: scope.unitId, projects: projects.length, phones: scope.phones },
      })
      return { fileName: words.file(owner, countyDay(now)), contentBase64: content.toString('base64') }
    },
  }),
)
