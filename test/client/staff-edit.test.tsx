// Editing a project on the phone: the write carries only what the user changed and the version it was based
// on, so that when another phone changed the project first, the server answers CONFLICT for exactly those fields.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import EditProjectRoute from '../../client/src/staff/edit-project.tsx'
import { enqueueWrite, outbox } from '../../client/src/outbox/index.ts'
import { setStatusWrite } from '../../client/src/staff/project-writes.ts'
import { changedFields, editFormOf, parseTags, validateEdit } from '../../client/src/staff/edit-form.ts'
import {
  clearOutbox,
  outboxShows,
  projectFixture,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  staff,
  stubRoute,
} from './staff-harness.tsx'

function renderEdit() {
  return renderAt(`/projects/${projectUuid}/edit`, { StaffProject: () => ({ node: projectFixture() }) }, () => (
    <>
      <Route path="/projects/:id/edit" component={EditProjectRoute} />
      {stubRoute('/projects/:id', '项目详情页')}
    </>
  ))
}

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: '保存修改' }))

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('编辑项目', () => {
  it('checks the fields as the server does, in Chinese', () => {
    const form = editFormOf({ title: '中试基地', sourceChannel: 'EVENT', tags: [] })
    expect(validateEdit({ ...form, title: ' ' }).title).toEqual({ key: 'staff.edit.error.title' })
    expect(validateEdit({ ...form, plannedInvestment: '-5' }).plannedInvestment).toEqual({
      key: 'staff.gate.error.amount',
    })
    expect(validateEdit({ ...form, tags: Array.from({ length: 21 }, (_, n) => `t${n}`).join(',') }).tags).toEqual({
      key: 'staff.edit.error.tags',
    })
    expect(parseTags('中试， 新材料、中试 A')).toEqual(['中试', '新材料', 'A'])
    expect(changedFields(form, { ...form, industry: ' 生物医药 ' })).toEqual({ industry: '生物医药' })
  })

  it('refuses an empty title on the screen and queues nothing', async () => {
    renderEdit()
    await screen.findByLabelText(/^项目名称/)
    type(/^项目名称/, '')
    save()
    expect(await screen.findByText('请填写项目名称')).toBeTruthy()
    expect(await outbox.entries(staff.id)).toEqual([])
  })

  it('queues updateProject with the changed fields and the version the phone saw', async () => {
    renderEdit()
    expect(((await screen.findByLabelText(/^项目名称/)) as HTMLInputElement).value).toBe('李四团队新材料中试基地')
    type(/^项目名称/, '新材料中试基地（二期）')
    type(/计划投资/, '2500')
    save()
    await screen.findByText('项目详情页')
    const [entry] = await outbox.entries(staff.id)
    expect(entry).toMatchObject({ operation: 'updateProject', recordIds: [projectUuid] })
    const { clientMutationId, ...input } = entry!.variables.input as Record<string, unknown>
    expect(input).toEqual({ id: projectUuid, version: 4, title: '新材料中试基地（二期）', plannedInvestment: '2500' })
  })

  it('counts the user’s own waiting writes of the project into the version', async () => {
    await enqueueWrite(setStatusWrite(projectUuid, { version: 4, status: 'ON_HOLD', reason: '人才出国访学' }, staff.id))
    await outboxShows(1)
    renderEdit()
    await screen.findByLabelText(/^项目名称/)
    type(/产业方向/, '生物医药')
    save()
    await screen.findByText('项目详情页')
    const entries = await outbox.entries(staff.id)
    expect(entries.map((entry) => entry.operation)).toEqual(['setProjectStatus', 'updateProject'])
    expect(entries[1]!.variables.input).toMatchObject({ version: 5, industry: '生物医药' })
  })
})
