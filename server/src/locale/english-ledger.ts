// The English of the 台账 import's row messages (domain/ledger/: ledger-row, ledger-plan, ledger-update,
// ledger-sheet, ledger-spending), which the preview answers with as data rather than as errors. Built from
// values, so matched by templates; the ledger's own words (stages, statuses, channels, agreements, columns) in
// their English export names (ledger-english.ts). `tell` is english-errors' knownEnglish, for a message quoted
// inside another (a stage rule's refusal after “阶段不能从…改为…：”).
import {
  agreementLabels,
  channelLabels,
  stageLabels,
  statusLabels,
  talentClassLabels,
} from '../domain/ledger/ledger-labels.ts'
import {
  agreementLabelsEn,
  channelLabelsEn,
  ledgerHeadersEn,
  stageLabelsEn,
  statusLabelsEn,
  talentClassLabelsEn,
} from '../domain/ledger/ledger-english.ts'
import { ledgerHeaders } from '../domain/ledger/ledger-columns.ts'
import { spendingSheetWords } from '../domain/ledger/ledger-spending.ts'
import { englishWord } from './english-labels.ts'

export type Template = [RegExp, (match: RegExpExecArray) => string]

function reverse<T extends string>(chinese: Record<T, string>, english: Record<T, string>): [string, string][] {
  return (Object.keys(chinese) as T[]).map((code) => [chinese[code], english[code]])
}

/** The ledger's words in English: its columns and values as an English export writes them. */
const ledgerWords = new Map<string, string>([
  ...reverse(ledgerHeaders, ledgerHeadersEn),
  ...reverse(stageLabels, stageLabelsEn),
  ...reverse(statusLabels, statusLabelsEn),
  ...reverse(channelLabels, channelLabelsEn),
  ...reverse(agreementLabels, agreementLabelsEn),
  ...reverse(talentClassLabels, talentClassLabelsEn),
  ['人才类别', ledgerHeadersEn.talentClass],
  ['协议类型', ledgerHeadersEn.agreementKind],
])

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A column or a value of the ledger, in English; anything else through the labels and words. */
export const ledgerWord = (chinese: string): string => ledgerWords.get(chinese) ?? englishWord(chinese)
/** A list the ledger joins with 、, each part in English. */
const words = (list: string) => list.split('、').map(ledgerWord).join(', ')

const spendingSheet = new Map([[spendingSheetWords['zh-CN'].sheet, spendingSheetWords.en.sheet]])

/** A refusal of the whole file, and a row it names, around the row's own message: matched before all else. */
export function ledgerRowTemplates(tell: (message: string) => string): Template[] {
  return [
    [
      /^台账有 (\d+) 行有误，整个文件未导入：(.+)$/s,
      (m) =>
        `${m[1]} rows of the ledger are wrong; nothing of the file was imported: ` +
        m[2]!
          .split(/；(?=第 \d+ 行)/)
          .map(tell)
          .join('; '),
    ],
    [
      /^新建项目被拒绝，整个文件未导入：(.+)$/s,
      (m) => `A new project was refused; nothing was imported: ${tell(m[1]!)}`,
    ],
    // A row named in a refusal: 第 3 行（合成生物平台 · 钱多多）, or the 人才投入 sheet's 第 3 行（人才投入）.
    [
      /^第 (\d+) 行(?:（(.+?)）)?：(.+)$/s,
      (m) => `Row ${m[1]}${m[2] ? ` (${spendingSheet.get(m[2]) ?? m[2]})` : ''}: ${tell(m[3]!)}`,
    ],
  ]
}

export function ledgerTemplates(tell: (message: string) => string): Template[] {
  const w = (m: RegExpExecArray, index: number) => ledgerWord(m[index] ?? '')
  return [
    [
      /^(.+)“(.*)”无法识别（可填：(.+)）$/s,
      (m) => `${capital(w(m, 1))} “${m[2]}” is not recognised (one of: ${words(m[3]!)})`,
    ],
    [
      /^(.+)“(.*)”无法识别（请写成 2026-03-05）$/s,
      (m) => `${capital(w(m, 1))} “${m[2]}” is not a date (write 2026-03-05)`,
    ],
    [
      /^手机号“(.*)”已打码，无法导入：请填写完整号码或留空$/s,
      (m) => `The mobile number “${m[1]}” is masked and cannot be imported: give the full number or leave it empty`,
    ],
    [/^电话号码“(.*)”格式不正确：(.+)$/s, (m) => `The phone number “${m[1]}” is malformed: ${tell(m[2]!)}`],
    [/^阶段为“(.+)”须填写(.+)$/, (m) => `At the stage “${w(m, 1)}”, fill in: ${words(m[2]!)}`],
    [/^落地信息不完整：缺少(.+)$/, (m) => `The landing is incomplete, missing: ${words(m[1]!)}`],
    [/^(.+)（(.+)）不能晚于今天（(.+)）$/, (m) => `${capital(w(m, 1))} (${m[2]}) may not be after today (${m[3]})`],
    [
      /^项目编号“(.*)”格式不正确：请保留导出时的编号，新项目留空$/s,
      (m) => `The project id “${m[1]}” is malformed: keep the exported id, and leave it empty for a new project`,
    ],
    [
      /^版本号“(.*)”不正确：请保留导出时的版本号$/s,
      (m) => `The version “${m[1]}” is not valid: keep the exported version`,
    ],
    [
      /^统一社会信用代码 (\S+) 已登记在系统中的另一个项目（(.*)）$/s,
      (m) => `The unified social credit code ${m[1]} is already on another project in the system (${m[2]})`,
    ],
    [
      /^该项目在导出后已被修改（导出时为第 (\d+) 版，现为第 (\d+) 版）：请重新导出台账，在新文件中修改后再导入$/,
      (m) =>
        `The project changed after the export (version ${m[1]} then, ${m[2]} now): export the ledger again, ` +
        'edit the new file and import it',
    ],
    [
      /^统一社会信用代码 (\S+) 与第 (\d+) 行重复$/,
      (m) => `The unified social credit code ${m[1]} is also in row ${m[2]}`,
    ],
    [
      /^项目编号与第 (\d+) 行相同：同一项目只能有一行$/,
      (m) => `The project id is also in row ${m[1]}: one row per project`,
    ],
    [
      /^所属单位“(.*)”不存在（请填写系统中的单位名称）$/s,
      (m) => `The unit “${m[1]}” does not exist (give a unit name the system has)`,
    ],
    [/^“(.*)”是职能部门，不能承接人才项目$/s, (m) => `“${m[1]}” is a department and cannot take talent projects`],
    [
      /^负责人“(.*)”在(.+)有重名账号，暂不指定负责人$/s,
      (m) => `Several accounts of ${m[2]} are named “${m[1]}”: no owner is set for now`,
    ],
    [
      /^负责人“(.*)”不是(.+)的系统用户，暂不指定负责人$/s,
      (m) => `“${m[1]}” is not a user of ${m[2]}: no owner is set for now`,
    ],
    [
      /^人才“(.*)”与系统中 (\d+) 位人才同名同单位，无法确定是哪一位：请填写手机号或先合并重复人才$/s,
      (m) =>
        `${m[2]} talents in the system share the name “${m[1]}” and the employer: give the mobile number ` +
        'or merge the duplicates first',
    ],
    [
      /^与第 (\d+) 行是同一人才的同名项目，重复填写$/,
      (m) => `The same talent’s project of the same name is already in row ${m[1]}`,
    ],
    [
      /^该人才（(.+)）正由(.+)跟进，不能重复立项；如需改由本单位跟进请先协调$/s,
      (m) => `This talent (${m[1]}) is followed by ${words(m[2]!)}: no second project; arrange a hand-over first`,
    ],
    [
      /^该人才的项目已由(.+)登记签约或落地，同一人才只计一次，不能由两个单位重复计分；如需调整，请人才办调整计分单位或设置联合计分$/s,
      (m) =>
        `${words(m[1]!)} already recorded this talent’s signing or landing: a talent counts once, for one unit; ` +
        'the talent office can move or split the credit',
    ],
    [
      /^沿用系统中已有的人才档案（(手机号相同|姓名与工作单位相同)）$/,
      (m) =>
        `Uses the talent already in the system (${m[1] === '手机号相同' ? 'same mobile number' : 'same name and employer'})`,
    ],
    [/^与第 (\d+) 行为同一人才$/, (m) => `The same talent as row ${m[1]}`],
    [
      /^系统中已有该人才的同名项目（(.+)）；本行没有项目编号，跳过，不做修改。要修改已有项目，请导出台账，在导出的文件中修改后再导入$/s,
      (m) =>
        `The talent already has a project of this name (${m[1]}); the row has no project id and is skipped. ` +
        'To change the project, export the ledger, edit the exported file and import it',
    ],
    [
      /^状态为“(.+)”但未写原因，记为“台账导入”$/,
      (m) => `The status is “${w(m, 1)}” without a reason: recorded as “ledger import”`,
    ],
    [
      /^所属单位不能通过台账修改（该项目属于(.+)）：请联系人才办调整$/s,
      (m) => `The unit cannot be changed by the ledger (the project belongs to ${m[1]}): ask the talent office`,
    ],
    [
      /^负责人“(.*)”在(.+)有重名账号：请在项目页面指定负责人$/s,
      (m) => `Several accounts of ${m[2]} are named “${m[1]}”: choose the owner on the project’s screen`,
    ],
    [/^负责人“(.*)”须是(.+)的在岗人员$/s, (m) => `The owner “${m[1]}” must be an active member of ${m[2]}`],
    [
      /^签约信息不能通过台账删除（系统中签约日期为 (.+)）$/,
      (m) => `The signing cannot be deleted by the ledger (the system has it signed on ${m[1]})`,
    ],
    [
      /^落地信息不能通过台账删除（系统中企业为 (.+)）$/s,
      (m) => `The landing cannot be deleted by the ledger (the system has the company ${m[1]})`,
    ],
    [
      /^(.+)是人才档案的内容，未通过台账修改（请在人才档案中修改）$/,
      (m) =>
        `${capital(words(m[1]!))}: the talent’s record, not changed by the ledger (edit it in the talent’s record)`,
    ],
    [/^登记日期不能修改，仍为 (.+)$/, (m) => `The registration date cannot change; it stays ${m[1]}`],
    [
      /^(阶段|状态)不能从“(.+)”改为“(.+)”：(.+?)(：台账没有填写原因的地方，请在项目页面回退)?$/s,
      (m) =>
        `The ${m[1] === '阶段' ? 'stage' : 'status'} cannot change from “${w(m, 2)}” to “${w(m, 3)}”: ${tell(m[4]!)}` +
        (m[5] ? ' (the ledger has no place for the reason: move it back on the project’s screen)' : ''),
    ],
    [
      /^找不到表头：前 (\d+) 行中应有一行列名，至少包括“(.+)”或“(.+)”等三列$/,
      (m) =>
        `No header found: one of the first ${m[1]} rows must name at least three columns, ` +
        `such as “${w(m, 2)}” or “${w(m, 3)}”`,
    ],
    [
      /^缺少“(.+)”列（或未指定哪一列是(.+)）$/,
      (m) => `The column “${w(m, 1)}” is missing (or no column is chosen for it)`,
    ],
    [/^单位代码“(.*)”不存在$/s, (m) => `The unit code “${m[1]}” does not exist`],
    [
      /^无法读取 CSV 文件(?:（第 (\d+) 行附近引号不配对）)?：请用 Excel 另存为 \.xlsx 后再上传$/,
      (m) =>
        `Cannot read the CSV file${m[1] ? ` (unmatched quotes near line ${m[1]})` : ''}: ` +
        'save it as .xlsx in Excel and upload that',
    ],
  ]
}
