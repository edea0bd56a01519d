// A known talent brings a second venture: 为该人才新建项目 from the talent card (or a search result) opens the
// lead form's project fields, and the project goes to the outbox as createProject on the talent's own record
// (no second talent), shown at once at the top of 我的线索 as 未同步.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ProjectDetailRoute from '../../client/src/staff/project-detail.tsx'
import NewProjectRoute from '../../client/src/staff/new-project.tsx'
import MyLeadsRoute from '../../client/src/staff/my-leads.tsx'
import { TalentResult } from '../../client/src/search/search-results.tsx'
import { outbox } from '../../client/src/outbox/index.ts'
import { validateLeadProject } from '../../client/src/lead/validate.ts'
import { Client, fetchExchange } from '@urql/core'
import { cacheExchange } from '@urql/exchange-graphcache'
import { cacheConfig } from '../../client/src/urql/cache.ts'
import { SearchTalentsQuery } from '../../client/src/search/search-queries.ts'
import { NewProjectTalentQuery } from '../../client/src/staff/new-project-data.ts'
import {
  clearOutbox,
  projectFixture,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  staff,
  supportRequestsNone,
  type Answers,
} from './staff-harness.tsx'

const fixture = projectFixture()
const talent = fixture.talent
const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function answersFor(overrides: Record<string, unknown> = {}): Answers {
  const known = { ...talent, ...overrides }
  return {
    StaffProject: () => ({ node: { ...fixture, talent: known } }),
    StaffProjectSupportRequests: supportRequestsNone,
    StaffNewProjectTalent: () => ({ node: known }),
    StaffLeads: () => ({
      projects: { __typename: 'ProjectConnection', edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
    }),
  }
}

function renderAtPath(path: string, answers = answersFor()) {
  return renderAt(path, answers, () => (
    <>
      <Route path="/projects/:id" component={ProjectDetailRoute} />
      <Route path="/talents/:id/new-project" component={NewProjectRoute} />
      <Route path="/projects" component={MyLeadsRoute} />
    </>
  ))
}

function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value })
  window.dispatchEvent(new Event(value ? 'online' : 'offline'))
}

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: '保存项目' }))

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('为该人才新建项目', () => {
  it('starts from the talent card, and queues createProject on the talent’s own record', async () => {
    renderAtPath(`/projects/${projectUuid}`)
    fireEvent.click(await screen.findByRole('link', { name: '为该人才新建项目' }))
    expect((await screen.findByTestId('new-project-talent')).textContent).toBe('李四（浙江大学）')
    fireEvent.change(screen.getByLabelText(/线索来源/), { target: { value: 'EVENT' } })
    type(/项目名称/, '李四 储能电池中试线')
    type(/备注/, '在双创大赛上第二次接触')
    save()

    // Back on 我的线索, on top and unsynced, before the server has it.
    const card = await screen.findByTestId('pending-lead')
    expect(card.textContent).toContain('李四 储能电池中试线')
    expect(within(card).getByText('未同步')).toBeTruthy()
    const entries = await outbox.entries(staff.id)
    expect(entries.map((entry) => entry.operation)).toEqual(['createProject'])
    const input = entries[0]!.variables.input as Record<string, unknown>
    expect(input).toMatchObject({
      talentId: talent.uuid,
      title: '李四 储能电池中试线',
      sourceChannel: 'EVENT',
      industry: '新材料',
      description: '在双创大赛上第二次接触',
    })
    expect(input.id).toMatch(uuidV7)
    expect(entries[0]!.recordIds).toEqual([input.id, talent.uuid])
  })

  it('names the project after the talent when the title is left empty, and asks for the source', async () => {
    localStorage.removeItem('tp.lastSourceChannel')
    renderAtPath(`/talents/${talent.uuid}/new-project`)
    await screen.findByTestId('new-project-talent')
    save()
    expect(await screen.findByText('请选择线索来源')).toBeTruthy()
    expect(await outbox.entries(staff.id)).toEqual([])
    fireEvent.change(screen.getByLabelText(/线索来源/), { target: { value: 'REFERRAL' } })
    save()
    await screen.findByTestId('pending-lead')
    const [entry] = await outbox.entries(staff.id)
    expect(entry!.variables.input).toMatchObject({ title: '李四（浙江大学）项目', sourceChannel: 'REFERRAL' })
    // The source is remembered for the next form, as the lead form does.
    expect(localStorage.getItem('tp.lastSourceChannel')).toBe('REFERRAL')
  })

  it('is not offered, nor saved, for a talent who withdrew consent', async () => {
    const withdrawn = answersFor({ consentWithdrawnAt: '2026-11-01T02:00:00.000Z' })
    renderAtPath(`/projects/${projectUuid}`, withdrawn)
    await screen.findByTestId('timeline')
    expect(screen.queryByRole('link', { name: '为该人才新建项目' })).toBeNull()
    cleanup()
    renderAtPath(`/talents/${talent.uuid}/new-project`, withdrawn)
    expect((await screen.findByRole('alert')).textContent).toContain('该人才已撤回个人信息使用同意')
    expect((screen.getByRole('button', { name: '保存项目' }) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.queryByLabelText(/线索来源/)).toBeNull()
  })

  it('says, online, that another unit follows the talent’s number, and saves nothing', async () => {
    const visible = answersFor({ phone: '13900001111', phoneMasked: false, contactMasked: false })
    const asked: Record<string, unknown>[] = []
    visible.LeadPossibleDuplicates = (variables) => {
      asked.push(variables)
      return {
        possibleDuplicateTalents: [
          { __typename: 'TalentMatch', name: '李四', employer: '浙江大学', followedBy: ['东部园区', '西部园区'] },
        ],
      }
    }
    setOnline(true)
    try {
      renderAtPath(`/talents/${talent.uuid}/new-project`, visible)
      expect((await screen.findByText(/该人才正由西部园区跟进/)).textContent).not.toContain('东部园区')
      expect(asked).toEqual([{ name: '李四', phone: '+8613900001111', employer: null }])
      fireEvent.change(screen.getByLabelText(/线索来源/), { target: { value: 'EVENT' } })
      save()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(await outbox.entries(staff.id)).toEqual([])
    } finally {
      setOnline(false)
    }
  })

  it('is offered on a search result to staff', async () => {
    const result = {
      ...talent,
      projects: [
        { __typename: 'Project', id: fixture.id, uuid: projectUuid, title: fixture.title, stage: 'NEGOTIATING' },
      ],
      talentClass: 'NONE',
    }
    renderAt('/search', {}, () => (
      <Route path="/search" component={() => <ul>{<TalentResult talent={result as never} />}</ul>} />
    ))
    const link = await screen.findByRole('link', { name: '为该人才新建项目' })
    expect(link.getAttribute('href')).toBe(`/talents/${talent.uuid}/new-project`)
  })

  it('opens from the phone’s cache for a talent seen only in a search result', async () => {
    const found = {
      ...talent,
      talentClass: 'NONE',
      projects: [{ __typename: 'Project', id: fixture.id, uuid: projectUuid, title: fixture.title, stage: 'LEAD' }],
    }
    let signal = true
    const client = new Client({
      url: 'http://phone.test/graphql',
      exchanges: [cacheExchange(cacheConfig), fetchExchange],
      preferGetMethod: false,
      fetch: async () => {
        if (!signal) throw new TypeError('Failed to fetch')
        const edges = [{ __typename: 'TalentEdge', node: found }]
        return Response.json({ data: { talents: { __typename: 'TalentConnection', edges } } })
      },
    })
    await client.query(SearchTalentsQuery, { text: '李四' }).toPromise()
    signal = false
    const opened = await client.query(NewProjectTalentQuery, { id: talent.id }).toPromise()
    expect(opened.error).toBeUndefined()
    expect(opened.data?.node).toMatchObject({ uuid: talent.uuid, name: '李四', employer: '浙江大学', field: '新材料' })
    // A node the cache never saw still goes to the server.
    const unseen = btoa('Talent:0190a000-0000-7000-8000-00000000ffff')
    const project = await client.query(NewProjectTalentQuery, { id: unseen }).toPromise()
    expect(project.error?.networkError).toBeTruthy()
  })

  it('checks the project fields with the lead form’s rules', () => {
    expect(validateLeadProject({ sourceChannel: '', title: '', note: '' })).toEqual({
      sourceChannel: { key: 'lead.error.sourceChannel' },
    })
    expect(validateLeadProject({ sourceChannel: 'EVENT', title: '长'.repeat(101), note: '' })).toEqual({
      title: { key: 'lead.error.tooLong', values: { max: 100 } },
    })
  })
})
