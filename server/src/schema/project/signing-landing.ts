// What a project accumulates on its way: the stage history, the signing and the landing.
import { builder } from '../../builder.ts'
import { AgreementKindEnum, ProjectStatusEnum, StageEnum } from '../enums.ts'

builder.prismaObject('StageChange', {
  authScopes: { signedIn: true },
  fields: (t) => ({
    fromStage: t.expose('fromStage', { type: StageEnum, nullable: true }),
    toStage: t.expose('toStage', { type: StageEnum }),
    fromStatus: t.expose('fromStatus', { type: ProjectStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: ProjectStatusEnum }),
    at: t.expose('at', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
    by: t.relation('by'),
  }),
})

builder.prismaNode('Signing', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    signedAt: t.expose('signedAt', { type: 'Date' }),
    agreementKind: t.expose('agreementKind', { type: AgreementKindEnum }),
    investmentAgreed: t.expose('investmentAgreed', {
      type: 'Decimal',
      nullable: true,
      description: '协议投资（万元）',
    }),
    supportFunds: t.expose('supportFunds', { type: 'Decimal', nullable: true, description: '扶持资金（万元）' }),
    supportSpaceM2: t.expose('supportSpaceM2', { type: 'Decimal', nullable: true, description: '扶持场地（平方米）' }),
    supportApartments: t.exposeInt('supportApartments', { nullable: true }),
    supportOther: t.exposeString('supportOther', { nullable: true }),
    conditions: t.exposeString('conditions', { nullable: true }),
    version: t.exposeInt('version'),
    project: t.relation('project'),
  }),
})

builder.prismaNode('Landing', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    companyName: t.exposeString('companyName'),
    uscc: t.exposeString('uscc', { description: '统一社会信用代码' }),
    registeredAt: t.expose('registeredAt', { type: 'Date' }),
    registeredCapital: t.expose('registeredCapital', {
      type: 'Decimal',
      nullable: true,
      description: '注册资本（万元）',
    }),
    carrier: t.exposeString('carrier', { nullable: true }),
    employees: t.exposeInt('employees', { nullable: true }),
    firstRevenueAt: t.expose('firstRevenueAt', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
    project: t.relation('project'),
  }),
})
