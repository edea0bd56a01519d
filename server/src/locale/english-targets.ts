// The English of the targets sheet's problems (schema/assessment/targets-sheet.ts), which the import refuses
// with and the preview answers with as data. Built from values, so matched by templates; what the sheet or the
// system named (units, indicators, codes) stays as it is. A cell's own refusal after “B4（单位，指标）：” is
// told by `tell`, english-errors' knownEnglish.
import type { Template } from './english-ledger.ts'

/** Matched before all else: a row or a cell named before the message, as the 台账's rows are. */
export function targetsSheetTemplates(tell: (message: string) => string): Template[] {
  return [
    [/^第 (\d+) 行：单位“(.+)”不存在$/, (m) => `Row ${m[1]}: the unit “${m[2]}” does not exist`],
    [/^([A-Z]+\d+)：(.+)不参加“(.+)”考核$/s, (m) => `${m[1]}: ${m[2]} is not assessed on “${m[3]}”`],
    [
      /^([A-Z]+\d+)：“(.*)”不是 (\d+) 年度的指标代码$/s,
      (m) => `${m[1]}: “${m[2]}” is not an indicator code of ${m[3]}`,
    ],
    [/^([A-Z]+\d+)（(.+)，(.+)）：(.+)$/s, (m) => `${m[1]} (${m[2]}, ${m[3]}): ${tell(m[4]!)}`],
    // The English sheet's header is “Unit”; reading back accepts either language's.
    [
      /^找不到表头：第一列应有“单位”一行，其后各列为指标代码$/,
      () => 'No header found: the first column needs a “Unit” row, followed by indicator codes',
    ],
  ]
}
