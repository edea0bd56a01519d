import { builder } from '../builder.ts'
import {
  ProjectStatus,
  Role,
  SourceChannel,
  Stage,
  TalentClass,
  UnitKind,
} from '../generated/prisma/enums.ts'

export const RoleEnum = builder.enumType(Role, { name: 'Role' })
export const UnitKindEnum = builder.enumType(UnitKind, { name: 'UnitKind' })
export const StageEnum = builder.enumType(Stage, { name: 'Stage' })
export const ProjectStatusEnum = builder.enumType(ProjectStatus, { name: 'ProjectStatus' })
export const SourceChannelEnum = builder.enumType(SourceChannel, { name: 'SourceChannel' })
export const TalentClassEnum = builder.enumType(TalentClass, { name: 'TalentClass' })
