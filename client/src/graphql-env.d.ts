/* eslint-disable */
/* prettier-ignore */

export type introspection_types = {
    'ActivityKind': { name: 'ActivityKind'; enumValues: 'CALL' | 'EVENT' | 'MEETING' | 'MESSAGE' | 'NOTE' | 'VISIT'; };
    'AgreementKind': { name: 'AgreementKind'; enumValues: 'COOPERATION' | 'INVESTMENT' | 'SETTLEMENT' | 'TALENT_INTRODUCTION'; };
    'ApplicationStatus': { name: 'ApplicationStatus'; enumValues: 'COACHING' | 'REJECTED' | 'RESERVE' | 'SELECTED' | 'SUBMITTED'; };
    'Boolean': unknown;
    'CreateLeadInput': { kind: 'INPUT_OBJECT'; name: 'CreateLeadInput'; isOneOf: false; inputFields: [{ name: 'clientMutationId'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; }; defaultValue: null }, { name: 'employer'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; }; defaultValue: null }, { name: 'field'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; }; defaultValue: null }, { name: 'note'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; }; defaultValue: null }, { name: 'phone'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; }; defaultValue: null }, { name: 'projectId'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; }; defaultValue: null }, { name: 'sourceChannel'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'SourceChannel'; ofType: null; }; }; defaultValue: null }, { name: 'talentId'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; }; defaultValue: null }, { name: 'talentName'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; }; defaultValue: null }, { name: 'title'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; }; defaultValue: null }]; };
    'DataSource': { name: 'DataSource'; enumValues: 'EVENT_SIGNUP' | 'OTHER' | 'PUBLIC_SOURCE' | 'REFERRER' | 'SELF_PROVIDED'; };
    'DateTime': unknown;
    'Decimal': unknown;
    'Degree': { name: 'Degree'; enumValues: 'ASSOCIATE' | 'BACHELOR' | 'DOCTORATE' | 'MASTER' | 'OTHER'; };
    'Gender': { name: 'Gender'; enumValues: 'FEMALE' | 'MALE' | 'UNSPECIFIED'; };
    'ID': unknown;
    'IndicatorMetric': { name: 'IndicatorMetric'; enumValues: 'APPLICATIONS_SUBMITTED' | 'EVENT_PARTICIPANTS' | 'LEADS_LOGGED' | 'NATIONAL_MAJOR_TALENTS' | 'PROGRAM_SELECTIONS' | 'PROJECTS_LANDED' | 'PROJECTS_SIGNED' | 'SUPPORT_RESOLVED' | 'TALENT_INVESTMENT' | 'YOUTH_RESERVE'; };
    'Int': unknown;
    'Mutation': { kind: 'OBJECT'; name: 'Mutation'; fields: { 'createLead': { name: 'createLead'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Project'; ofType: null; }; } }; 'login': { name: 'login'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'User'; ofType: null; }; } }; 'logout': { name: 'logout'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null; }; } }; }; };
    'Node': { kind: 'INTERFACE'; name: 'Node'; fields: { 'id': { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null; }; } }; }; possibleTypes: 'Project' | 'Talent' | 'Unit' | 'User'; };
    'PageInfo': { kind: 'OBJECT'; name: 'PageInfo'; fields: { 'endCursor': { name: 'endCursor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'hasNextPage': { name: 'hasNextPage'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null; }; } }; 'hasPreviousPage': { name: 'hasPreviousPage'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null; }; } }; 'startCursor': { name: 'startCursor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; }; };
    'ProgramLevel': { name: 'ProgramLevel'; enumValues: 'CITY' | 'DISTRICT' | 'NATIONAL' | 'PROVINCE'; };
    'Project': { kind: 'OBJECT'; name: 'Project'; fields: { 'createdAt': { name: 'createdAt'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'DateTime'; ofType: null; }; } }; 'description': { name: 'description'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'id': { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null; }; } }; 'industry': { name: 'industry'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'lastActivityAt': { name: 'lastActivityAt'; type: { kind: 'SCALAR'; name: 'DateTime'; ofType: null; } }; 'nextFollowUpAt': { name: 'nextFollowUpAt'; type: { kind: 'SCALAR'; name: 'DateTime'; ofType: null; } }; 'owner': { name: 'owner'; type: { kind: 'OBJECT'; name: 'User'; ofType: null; } }; 'referrer': { name: 'referrer'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'sourceChannel': { name: 'sourceChannel'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'SourceChannel'; ofType: null; }; } }; 'stage': { name: 'stage'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'Stage'; ofType: null; }; } }; 'stageEnteredAt': { name: 'stageEnteredAt'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'DateTime'; ofType: null; }; } }; 'status': { name: 'status'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'ProjectStatus'; ofType: null; }; } }; 'talent': { name: 'talent'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Talent'; ofType: null; }; } }; 'title': { name: 'title'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'unit': { name: 'unit'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Unit'; ofType: null; }; } }; 'updatedAt': { name: 'updatedAt'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'DateTime'; ofType: null; }; } }; 'uuid': { name: 'uuid'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'version': { name: 'version'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null; }; } }; }; };
    'ProjectConnection': { kind: 'OBJECT'; name: 'ProjectConnection'; fields: { 'edges': { name: 'edges'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'LIST'; name: never; ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'ProjectEdge'; ofType: null; }; }; }; } }; 'pageInfo': { name: 'pageInfo'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null; }; } }; }; };
    'ProjectEdge': { kind: 'OBJECT'; name: 'ProjectEdge'; fields: { 'cursor': { name: 'cursor'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'node': { name: 'node'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Project'; ofType: null; }; } }; }; };
    'ProjectStatus': { name: 'ProjectStatus'; enumValues: 'ACTIVE' | 'LOST' | 'ON_HOLD'; };
    'Query': { kind: 'OBJECT'; name: 'Query'; fields: { 'me': { name: 'me'; type: { kind: 'OBJECT'; name: 'User'; ofType: null; } }; 'node': { name: 'node'; type: { kind: 'INTERFACE'; name: 'Node'; ofType: null; } }; 'nodes': { name: 'nodes'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'LIST'; name: never; ofType: { kind: 'INTERFACE'; name: 'Node'; ofType: null; }; }; } }; 'projects': { name: 'projects'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'ProjectConnection'; ofType: null; }; } }; }; };
    'ReportKind': { name: 'ReportKind'; enumValues: 'BULLETIN' | 'HALF_YEAR' | 'MONTHLY' | 'QUARTERLY'; };
    'Role': { name: 'Role'; enumValues: 'ADMIN' | 'DEPARTMENT' | 'LEADER' | 'PARK_MANAGER' | 'STAFF' | 'UNIT_LEADER'; };
    'Sector': { name: 'Sector'; enumValues: 'EDUCATION' | 'ENTERPRISE' | 'HEALTH' | 'OTHER' | 'PUBLIC_INSTITUTION' | 'RESEARCH'; };
    'ServiceEventKind': { name: 'ServiceEventKind'; enumValues: 'COUNTY_TOUR' | 'HISTORY_LECTURE' | 'MATCHMAKING' | 'OTHER' | 'SALON' | 'STUDY_TOUR'; };
    'SourceChannel': { name: 'SourceChannel'; enumValues: 'AGENCY' | 'EVENT' | 'INVESTMENT_STAFF' | 'OTHER' | 'REFERRAL' | 'SELF_RECOMMENDED' | 'TALENT_AMBASSADOR' | 'TECH_TOWN_LEADERS' | 'UNIVERSITY'; };
    'Stage': { name: 'Stage'; enumValues: 'CONTACTED' | 'LANDED' | 'LEAD' | 'NEGOTIATING' | 'OPERATING' | 'SIGNED' | 'VISITED'; };
    'String': unknown;
    'SupportCategory': { name: 'SupportCategory'; enumValues: 'FINANCE' | 'FUNDING' | 'HIRING' | 'HOUSING' | 'IP' | 'LEGAL' | 'MEDICAL' | 'OTHER' | 'POLICY' | 'SALES' | 'SCHOOLING'; };
    'SupportEventKind': { name: 'SupportEventKind'; enumValues: 'ASSIGNED' | 'CLOSED' | 'CREATED' | 'ESCALATED' | 'PROGRESS' | 'RATED' | 'REASSIGNED' | 'REJECTED' | 'REOPENED' | 'RESOLVED'; };
    'SupportStatus': { name: 'SupportStatus'; enumValues: 'ASSIGNED' | 'CLOSED' | 'IN_PROGRESS' | 'OPEN' | 'REJECTED' | 'RESOLVED'; };
    'Talent': { kind: 'OBJECT'; name: 'Talent'; fields: { 'employer': { name: 'employer'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'field': { name: 'field'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'id': { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null; }; } }; 'name': { name: 'name'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'phone': { name: 'phone'; type: { kind: 'SCALAR'; name: 'String'; ofType: null; } }; 'phoneMasked': { name: 'phoneMasked'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null; }; } }; 'talentClass': { name: 'talentClass'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'TalentClass'; ofType: null; }; } }; }; };
    'TalentClass': { name: 'TalentClass'; enumValues: 'A' | 'B' | 'C' | 'D' | 'NONE'; };
    'TalentTeam': { name: 'TalentTeam'; enumValues: 'ENTERPRISE_MANAGEMENT' | 'HIGHLY_SKILLED' | 'PARTY_GOVERNMENT' | 'PROFESSIONAL_TECHNICAL' | 'RURAL_PRACTICAL' | 'SOCIAL_WORK'; };
    'Unit': { kind: 'OBJECT'; name: 'Unit'; fields: { 'code': { name: 'code'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'id': { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null; }; } }; 'kind': { name: 'kind'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'UnitKind'; ofType: null; }; } }; 'name': { name: 'name'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; }; };
    'UnitKind': { name: 'UnitKind'; enumValues: 'DEPARTMENT' | 'OFFICE' | 'PARK' | 'TOWN'; };
    'User': { kind: 'OBJECT'; name: 'User'; fields: { 'id': { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null; }; } }; 'login': { name: 'login'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'name': { name: 'name'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null; }; } }; 'role': { name: 'role'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'Role'; ofType: null; }; } }; 'unit': { name: 'unit'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Unit'; ofType: null; }; } }; }; };
};

/** An IntrospectionQuery representation of your schema.
 *
 * @remarks
 * This is an introspection of your schema saved as a file by GraphQLSP.
 * It will automatically be used by `gql.tada` to infer the types of your GraphQL documents.
 * If you need to reuse this data or update your `scalars`, update `tadaOutputLocation` to
 * instead save to a .ts instead of a .d.ts file.
 */
export type introspection = {
  name: never;
  query: 'Query';
  mutation: 'Mutation';
  subscription: never;
  types: introspection_types;
};

import * as gqlTada from 'gql.tada';

declare module 'gql.tada' {
  interface setupSchema {
    introspection: introspection
  }
}