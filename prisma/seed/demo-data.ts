// The fixed facts of the demo county: its units, its people and the words its records are made of.
import type { Role, UnitKind } from '../../server/src/generated/prisma/enums.ts'

export const demoPassword = 'Demo@2026'

export interface DemoUnit {
  code: string
  name: string
  kind: UnitKind
}

export const demoUnits: DemoUnit[] = [
  { code: 'TALENT_OFFICE', name: '人才办', kind: 'OFFICE' },
  { code: 'EAST_PARK', name: '东部园区', kind: 'PARK' },
  { code: 'WEST_PARK', name: '西部园区', kind: 'PARK' },
  { code: 'TOWN_CHENGGUAN', name: '城关街道', kind: 'TOWN' },
  { code: 'TOWN_XINGFU', name: '兴福镇', kind: 'TOWN' },
  { code: 'TOWN_HUXI', name: '湖西镇', kind: 'TOWN' },
  { code: 'TOWN_QINGSHAN', name: '青山镇', kind: 'TOWN' },
  { code: 'DEPT_HRSS', name: '人社局', kind: 'DEPARTMENT' },
  { code: 'DEPT_INDUSTRY', name: '工信局', kind: 'DEPARTMENT' },
  { code: 'DEPT_COMMERCE', name: '商务局', kind: 'DEPARTMENT' },
  { code: 'DEPT_SCIENCE', name: '科技局', kind: 'DEPARTMENT' },
]

export interface DemoUser {
  login: string
  name: string
  role: Role
  unitCode: string
}

export const demoUsers: DemoUser[] = [
  { login: 'admin', name: '周敏（人才办）', role: 'ADMIN', unitCode: 'TALENT_OFFICE' },
  { login: 'leader', name: '陈县长', role: 'LEADER', unitCode: 'TALENT_OFFICE' },
  { login: 'east.head', name: '王建国', role: 'UNIT_LEADER', unitCode: 'EAST_PARK' },
  { login: 'east.manager', name: '李晓峰', role: 'PARK_MANAGER', unitCode: 'EAST_PARK' },
  { login: 'east.staff', name: '张婷', role: 'STAFF', unitCode: 'EAST_PARK' },
  { login: 'east.staff2', name: '刘洋', role: 'STAFF', unitCode: 'EAST_PARK' },
  { login: 'west.head', name: '赵志刚', role: 'UNIT_LEADER', unitCode: 'WEST_PARK' },
  { login: 'west.manager', name: '孙丽', role: 'PARK_MANAGER', unitCode: 'WEST_PARK' },
  { login: 'west.staff', name: '何俊', role: 'STAFF', unitCode: 'WEST_PARK' },
  { login: 'chengguan.manager', name: '吴芳', role: 'PARK_MANAGER', unitCode: 'TOWN_CHENGGUAN' },
  { login: 'chengguan.staff', name: '郑凯', role: 'STAFF', unitCode: 'TOWN_CHENGGUAN' },
  { login: 'xingfu.staff', name: '冯雪', role: 'STAFF', unitCode: 'TOWN_XINGFU' },
  { login: 'huxi.staff', name: '许磊', role: 'STAFF', unitCode: 'TOWN_HUXI' },
  { login: 'qingshan.staff', name: '邓琳', role: 'STAFF', unitCode: 'TOWN_QINGSHAN' },
  { login: 'hrss', name: '杨帆（人社局）', role: 'DEPARTMENT', unitCode: 'DEPT_HRSS' },
  { login: 'industry', name: '黄涛（工信局）', role: 'DEPARTMENT', unitCode: 'DEPT_INDUSTRY' },
  { login: 'commerce', name: '马骏（商务局）', role: 'DEPARTMENT', unitCode: 'DEPT_COMMERCE' },
  { login: 'science', name: '罗静（科技局）', role: 'DEPARTMENT', unitCode: 'DEPT_SCIENCE' },
]

/** Where the demo projects live, by weight: the parks carry most of the county's talent work. */
export const projectUnitWeights: [string, number][] = [
  ['EAST_PARK', 20],
  ['WEST_PARK', 18],
  ['TOWN_CHENGGUAN', 8],
  ['TOWN_XINGFU', 6],
  ['TOWN_HUXI', 5],
  ['TOWN_QINGSHAN', 5],
]

export const surnames = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蒋蔡余杜叶程魏苏吕丁沈'
export const givenNames = [
  '子涵',
  '浩然',
  '思远',
  '雨桐',
  '明哲',
  '欣怡',
  '宇航',
  '嘉豪',
  '婉清',
  '志强',
  '海峰',
  '静怡',
  '博文',
  '晨曦',
  '立新',
  '秋实',
  '一鸣',
  '若溪',
  '振华',
  '晓东',
]

export const fields: { field: string; industry: string }[] = [
  { field: '动力电池材料', industry: '新能源' },
  { field: '光伏组件', industry: '新能源' },
  { field: '创新药研发', industry: '生物医药' },
  { field: '医疗器械', industry: '生物医药' },
  { field: '芯片设计', industry: '集成电路' },
  { field: '工业机器人', industry: '智能制造' },
  { field: '高性能纤维', industry: '新材料' },
  { field: '工业软件', industry: '数字经济' },
  { field: '智慧农业', industry: '现代农业' },
  { field: '文创设计', industry: '文化旅游' },
]

export const employers = [
  '浙江大学',
  '中国科学院宁波材料所',
  '上海交通大学',
  '南京大学',
  '华为技术有限公司',
  '德国弗劳恩霍夫研究所',
  '新加坡国立大学',
  '复旦大学附属中山医院',
  '杭州海康威视',
  '美国加州大学圣地亚哥分校',
  '比亚迪股份有限公司',
  '自主创业',
]

export const titles = ['教授', '研究员', '副教授', '高级工程师', '首席科学家', '博士后', '技术总监', '创始人']

export const projectNouns = ['产业化项目', '研发中心', '中试基地', '创业项目', '生产线项目', '联合实验室']

export const lostReasons = ['人才选择落户外省园区', '团队融资未到位，项目暂停', '产业方向与园区定位不符']
export const holdReasons = ['人才在国外，明年回国后再议', '等待母公司董事会决议']

export const activitySummaries = [
  '电话沟通项目进展，人才对园区政策很感兴趣',
  '陪同考察园区标准厂房和人才公寓',
  '与团队洽谈落地方案，初步确定厂房面积',
  '微信发送人才政策汇编和申报指南',
  '参加招才引智对接会，现场交流合作意向',
  '走访企业了解投产情况和用工需求',
]

export const nextSteps = ['下周安排考察', '准备政策兑现清单', '约谈投资方', '提交人才工程申报材料', '协调厂房装修进度']

export const supportTopics: {
  category: 'FUNDING' | 'HIRING' | 'SALES' | 'HOUSING' | 'FINANCE' | 'POLICY' | 'SCHOOLING' | 'IP'
  text: string
  department: string
}[] = [
  { category: 'HIRING', text: '急需招聘20名熟练操作工和2名质检工程师', department: 'DEPT_HRSS' },
  { category: 'FUNDING', text: '申请首期人才项目启动资金拨付', department: 'DEPT_SCIENCE' },
  { category: 'SALES', text: '希望对接县内整机企业，打开本地销路', department: 'DEPT_COMMERCE' },
  { category: 'HOUSING', text: '团队3名博士申请人才公寓', department: 'DEPT_HRSS' },
  { category: 'POLICY', text: '研发投入补助政策兑现', department: 'DEPT_INDUSTRY' },
  { category: 'FINANCE', text: '申请"人才贷"500万元授信', department: 'DEPT_COMMERCE' },
  { category: 'SCHOOLING', text: '两名子女申请就近入学', department: 'DEPT_HRSS' },
  { category: 'IP', text: '发明专利快速预审通道', department: 'DEPT_SCIENCE' },
]

export const programs = [
  { code: 'NATIONAL_MAJOR', name: '国家重大人才计划', level: 'NATIONAL', isNationalMajor: true },
  { code: 'PROV_INNOVATION', name: '省双创计划', level: 'PROVINCE', isNationalMajor: false },
  { code: 'CITY_INNOVATION', name: '市双创计划', level: 'CITY', isNationalMajor: false },
  { code: 'DISTRICT_INNOVATION', name: '区双创计划', level: 'DISTRICT', isNationalMajor: false },
  { code: 'PROV_333', name: '省"333"工程', level: 'PROVINCE', isNationalMajor: false },
  { code: 'CITY_311', name: '市"311"工程', level: 'CITY', isNationalMajor: false },
] as const

export const serviceEvents = [
  { kind: 'STUDY_TOUR', title: '高层次人才长三角参观游学', place: '苏州工业园区', organiser: 'TALENT_OFFICE' },
  { kind: 'HISTORY_LECTURE', title: '县域历史文化讲座', place: '县图书馆报告厅', organiser: 'TALENT_OFFICE' },
  { kind: 'COUNTY_TOUR', title: '"人才看家乡"主题活动', place: '东部园区', organiser: 'EAST_PARK' },
  { kind: 'MATCHMAKING', title: '人才项目与金融机构对接会', place: '西部园区人才大厦', organiser: 'WEST_PARK' },
  { kind: 'SALON', title: '青年人才创新沙龙', place: '城关街道人才驿站', organiser: 'TOWN_CHENGGUAN' },
] as const
