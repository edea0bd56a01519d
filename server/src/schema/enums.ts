// Every enum of the data model, under the same name in GraphQL.
import { builder } from '../builder.ts'
import {
  ActivityKind,
  AgreementKind,
  ApplicationStatus,
  DataSource,
  Degree,
  DeliveryStatus,
  Gender,
  IndicatorMetric,
  NoticeChannel,
  NoticeKind,
  ProgramLevel,
  ProjectStatus,
  ReportKind,
  Role,
  Sector,
  ServiceEventKind,
  SourceChannel,
  Stage,
  SupportCategory,
  SupportEventKind,
  SupportStatus,
  TalentClass,
  TalentTeam,
  UnitKind,
} from '../generated/prisma/enums.ts'

export const UnitKindEnum = builder.enumType(UnitKind, { name: 'UnitKind' })
export const RoleEnum = builder.enumType(Role, { name: 'Role' })
export const GenderEnum = builder.enumType(Gender, { name: 'Gender' })
export const DegreeEnum = builder.enumType(Degree, { name: 'Degree' })
export const TalentClassEnum = builder.enumType(TalentClass, { name: 'TalentClass' })
export const TalentTeamEnum = builder.enumType(TalentTeam, { name: 'TalentTeam' })
export const SectorEnum = builder.enumType(Sector, { name: 'Sector' })
export const DataSourceEnum = builder.enumType(DataSource, { name: 'DataSource' })
export const StageEnum = builder.enumType(Stage, { name: 'Stage' })
export const ProjectStatusEnum = builder.enumType(ProjectStatus, { name: 'ProjectStatus' })
export const SourceChannelEnum = builder.enumType(SourceChannel, { name: 'SourceChannel' })
export const ActivityKindEnum = builder.enumType(ActivityKind, { name: 'ActivityKind' })
export const AgreementKindEnum = builder.enumType(AgreementKind, { name: 'AgreementKind' })
export const SupportCategoryEnum = builder.enumType(SupportCategory, { name: 'SupportCategory' })
export const SupportStatusEnum = builder.enumType(SupportStatus, { name: 'SupportStatus' })
export const SupportEventKindEnum = builder.enumType(SupportEventKind, { name: 'SupportEventKind' })
export const ProgramLevelEnum = builder.enumType(ProgramLevel, { name: 'ProgramLevel' })
export const ApplicationStatusEnum = builder.enumType(ApplicationStatus, { name: 'ApplicationStatus' })
export const ServiceEventKindEnum = builder.enumType(ServiceEventKind, { name: 'ServiceEventKind' })
export const IndicatorMetricEnum = builder.enumType(IndicatorMetric, { name: 'IndicatorMetric' })
export const ReportKindEnum = builder.enumType(ReportKind, { name: 'ReportKind' })
export const NoticeKindEnum = builder.enumType(NoticeKind, { name: 'NoticeKind' })
export const NoticeChannelEnum = builder.enumType(NoticeChannel, { name: 'NoticeChannel' })
export const DeliveryStatusEnum = builder.enumType(DeliveryStatus, { name: 'DeliveryStatus' })
