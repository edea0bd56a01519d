// The audit log as .xlsx, in the layout of the other workbooks (report-workbook.ts): a merged title, a note
// line saying what was filtered, who exported it and when, a header row, one row per entry, newest first.
import ExcelJS from 'exceljs'
import type { AuditLog } from '../../generated/prisma/client.ts'
import { auditActionLabel, auditChangeLines, type AuditFilter } from '../../domain/audit-log.ts'

/** At most this many entries in one file: more is a sign the filter is too wide. */
export const auditWorkbookLimit = 5000

const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }
const headers = ['序号', '时间', '操作人', '所在单位', '操作', '对象', '对象编号', '原因', '变更摘要', '地址']
const widths = [6, 20, 12, 16, 16, 14, 38, 30, 60, 16]

type Entry = AuditLog & { actor: { name: string; login: string; unit: { name: string } } | null }

/** A time as the county reads it: 2026-06-01 09:30:00. */
export const countyTime = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' }).format(at)

function filterNote(filter: AuditFilter): string {
  const parts = [
    filter.action && `操作：${auditActionLabel(filter.action)}`,
    filter.entity && `对象：${filter.entity}${filter.entityId ? ` ${filter.entityId}` : ''}`,
    !filter.entity && filter.entityId && `对象编号：${filter.entityId}`,
    filter.actorId && `操作人：${filter.actorId}`,
    filter.from && `自 ${countyTime(filter.from)}`,
    filter.to && `至 ${countyTime(filter.to)}`,
  ].filter(Boolean)
  return parts.length ? parts.join('，') : '全部'
}

export async function auditWorkbook(
  found: Entry[],
  heading: { filter: AuditFilter; exportedBy: string; exportedAt: Date },
): Promise<{ fileName: string; contentBase64: string }> {
  const entries = found.slice(0, auditWorkbookLimit)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = heading.exportedBy
  const sheet = workbook.addWorksheet('审计日志', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  sheet.mergeCells(1, 1, 1, headers.length)
  sheet.getCell(1, 1).value = '审计日志'
  sheet.getCell(1, 1).font = { name: '方正小标宋简体', size: 18, bold: true }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.mergeCells(2, 1, 2, headers.length)
  const cut = found.length > auditWorkbookLimit ? `（仅最新 ${auditWorkbookLimit} 条，请缩小筛选范围）` : ''
  sheet.getCell(2, 1).value =
    `筛选：${filterNote(heading.filter)}　共 ${entries.length} 条${cut}　` +
    `导出人：${heading.exportedBy}　导出时间：${countyTime(heading.exportedAt)}　联系方式的值不导出`
  headers.forEach((header, index) => {
    const cell = sheet.getCell(3, index + 1)
    cell.value = header
    cell.font = { bold: true }
    cell.border = border
    cell.alignment = { horizontal: 'center', vertical: 'middle' }
    sheet.getColumn(index + 1).width = widths[index]
  })
  entries.forEach((entry, index) => {
    const row = sheet.getRow(4 + index)
    row.values = [
      index + 1,
      countyTime(entry.at),
      entry.actor?.name ?? '系统',
      entry.actor?.unit.name ?? '',
      auditActionLabel(entry.action),
      entry.entity,
      entry.entityId ?? '',
      entry.reason ?? '',
      auditChangeLines(entry.changes).join('\n'),
      entry.address ?? '',
    ]
    row.eachCell((cell) => {
      cell.border = border
      cell.alignment = { vertical: 'top', wrapText: true }
    })
  })
  sheet.views = [{ state: 'frozen', ySplit: 3 }]
  const content = Buffer.from(await workbook.xlsx.writeBuffer())
  const day = countyTime(heading.exportedAt).slice(0, 10)
  return { fileName: `审计日志（${day}）.xlsx`, contentBase64: content.toString('base64') }
}
