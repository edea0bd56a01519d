// The park manager's board: the unit's projects in columns by stage; a project moves by the "移动到…" sheet
// (only the moves the stage machine allows) or by dragging it onto a column. A move that needs a form goes
// to the stage screen; one that does not is queued in the outbox at once and shows as 未同步.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route, useLocation } from '@solidjs/router'
import PipelineRoute from '../../client/src/manager/pipeline.tsx'
import { longPressMs } from '../../client/src/manager/drag.ts'
import { renderAt, screen } from './staff-harness.tsx'
import { clearOutbox, manager, members, queued, signInOffline } from './manager-harness.tsx'

const uuid = (n: number) => `0190c000-0000-7000-8000-00000000000${n}`
const projectNode = (n: number, stage: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Project',
  id: btoa(`Project:${uuid(n)}`),
  uuid: uuid(n),
  title: `项目${n}`,
  stage,
  status: 'ACTIVE',
  version: 3,
  light: 'GREEN',
  talent: { __typename: 'Talent', id: btoa(`Talent:${n}`), name: `人才${n}` },
  owner: null,
  deadlines: [],
  signing: null,
  landing: null,
  ...overrides,
})
const projects = [
  projectNode(1, 'LEAD'),
  projectNode(2, 'NEGOTIATING', { owner: members[0], light: 'RED' }),
  projectNode(3, 'NEGOTIATING'),
  projectNode(4, 'SIGNED', { signing: { __typename: 'Signing', id: 'S4' } }),
]
const answers = {
  PipelineProjects: () => ({
    projects: { edges: projects.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } },
  }),
  UnitMembers: () => ({ unitMembers: members }),
}

function StageScreen() {
  const location = useLocation()
  return <p data-testid="stage-screen">{location.pathname + location.search}</p>
}

async function renderBoard() {
  renderAt('/pipeline', answers, () => (
    <>
      <Route path="/pipeline" component={PipelineRoute} />
      <Route path="/projects/:id/stage" component={StageScreen} />
    </>
  ))
  await screen.findAllByTestId('pipeline-card')
}

const column = (stage: string) => screen.getByTestId(`column-${stage}`)
const card = (n: number) =>
  screen.getAllByTestId('pipeline-card').find((element) => element.dataset.project === uuid(n))!
const openSheet = (n: number) => fireEvent.click(within(card(n)).getByRole('button', { name: /移动到/ }))
const sheetChoices = () =>
  within(screen.getByTestId('move-sheet'))
    .getAllByRole('button')
    .map((button) => button.textContent)

beforeAll(() => signInOffline(manager))
beforeEach(() => clearOutbox(manager))
afterEach(cleanup)

describe('the pipeline board', () => {
  it('shows a column per stage with its count, each card with talent, title, owner and light', async () => {
    await renderBoard()
    expect(within(column('NEGOTIATING')).getByTestId('column-count').textContent).toBe('2 个')
    expect(within(column('CONTACTED')).getByTestId('column-count').textContent).toBe('0 个')
    expect(
      within(column('NEGOTIATING'))
        .getAllByTestId('pipeline-card')
        .map((element) => element.dataset.project),
    ).toEqual([uuid(2), uuid(3)])
    expect(card(2).textContent).toContain('人才2')
    expect(card(2).textContent).toContain('负责人：张婷')
    expect(within(card(2)).getByRole('img', { name: '红灯：已超期' })).toBeTruthy()
  })

  it('filters by owner and light', async () => {
    await renderBoard()
    fireEvent.change(screen.getByLabelText('三色灯'), { target: { value: 'RED' } })
    expect(screen.getAllByTestId('pipeline-card').map((element) => element.dataset.project)).toEqual([uuid(2)])
    fireEvent.change(screen.getByLabelText('三色灯'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('负责人'), { target: { value: 'none' } })
    expect(screen.getAllByTestId('pipeline-card')).toHaveLength(3)
  })

  it('offers in the tap menu only the moves allowed, saying which need a form first', async () => {
    await renderBoard()
    openSheet(3)
    expect(sheetChoices()).toEqual([
      '考察回退须填写原因',
      '签约需先登记签约信息',
      '落地注册需先登记签约信息',
      '投产运营需先登记签约信息',
      '取消',
    ])
    fireEvent.click(screen.getByRole('button', { name: '取消' }))
    openSheet(4)
    expect(sheetChoices()).toEqual([
      '洽谈回退须填写原因',
      '落地注册需先登记落地企业',
      '投产运营需先登记落地企业',
      '取消',
    ])
  })

  it('sends a move that needs a signing to the stage screen, queueing nothing', async () => {
    await renderBoard()
    openSheet(3)
    fireEvent.click(screen.getByRole('button', { name: /^签约/ }))
    expect((await screen.findByTestId('stage-screen')).textContent).toBe(`/projects/${uuid(3)}/stage?to=SIGNED`)
    expect(await queued(manager)).toEqual([])
  })

  it(
    'queues a move that needs no form, shows it in its new column as 未同步, and builds the next on the version it ' +
      'will leave',
    async () => {
      await renderBoard()
      openSheet(1)
      fireEvent.click(screen.getByRole('button', { name: '接洽' }))
      await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
      const [first] = await queued(manager)
      expect(first).toMatchObject({
        operation: 'pipelineMoveStage',
        recordIds: [uuid(1)],
        variables: { input: { id: uuid(1), to: 'CONTACTED', version: 3, reason: null } },
      })
      await waitFor(() =>
        expect(within(column('CONTACTED')).getByTestId('pipeline-card').textContent).toContain('未同步'),
      )
      expect(screen.getByTestId('pipeline-message').textContent).toBe('已移到“接洽”，联网后同步')

      openSheet(1)
      fireEvent.click(screen.getByRole('button', { name: '考察' }))
      await waitFor(async () => expect(await queued(manager)).toHaveLength(2))
      expect((await queued(manager))[1]!.variables).toMatchObject({ input: { to: 'VISITED', version: 4 } })
    },
  )
})

describe('dragging a card', () => {
  // jsdom lays nothing out: place the columns side by side, 300px wide, as a phone would show them.
  function layOut() {
    const stages = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING']
    stages.forEach((stage, index) => {
      column(stage).getBoundingClientRect = () => new DOMRect(index * 310, 100, 300, 600)
    })
    screen.getByTestId('pipeline-board').getBoundingClientRect = () => new DOMRect(0, 100, 390, 600)
  }
  const drag = (n: number, to: { x: number; y: number }) => {
    fireEvent.pointerDown(card(n), { button: 0, pointerId: 7, pointerType: 'mouse', clientX: 40, clientY: 200 })
    fireEvent.pointerMove(window, { pointerId: 7, pointerType: 'mouse', clientX: to.x - 20, clientY: to.y })
    fireEvent.pointerMove(window, { pointerId: 7, pointerType: 'mouse', clientX: to.x, clientY: to.y })
    fireEvent.pointerUp(window, { pointerId: 7, pointerType: 'mouse', clientX: to.x, clientY: to.y })
  }

  it('drops it on the column under the pointer and queues the move', async () => {
    await renderBoard()
    layOut()
    drag(1, { x: 2 * 310 + 150, y: 300 })
    await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
    expect((await queued(manager))[0]!.variables).toMatchObject({ input: { id: uuid(1), to: 'VISITED', version: 3 } })
  })

  it(
    'on a touch screen, picks a card up only after a long press, ' + 'so that a swipe still scrolls the board',
    async () => {
      await renderBoard()
      layOut()
      const touch = (pointerId: number, x: number, y: number) => ({
        pointerId,
        pointerType: 'touch',
        clientX: x,
        clientY: y,
      })
      const wait = () => new Promise((resolve) => setTimeout(resolve, longPressMs + 50))
      fireEvent.pointerDown(card(1), { button: 0, ...touch(8, 40, 200) })
      fireEvent.pointerMove(window, touch(8, 140, 210))
      await wait()
      expect(card(1).classList.contains('pipeline-card-dragging')).toBe(false)
      fireEvent.pointerUp(window, touch(8, 2 * 310 + 150, 300))

      fireEvent.pointerDown(card(1), { button: 0, ...touch(9, 40, 200) })
      await wait()
      expect(card(1).classList.contains('pipeline-card-dragging')).toBe(true)
      fireEvent.pointerMove(window, touch(9, 2 * 310 + 150, 300))
      expect(column('VISITED').classList.contains('pipeline-column-over')).toBe(true)
      fireEvent.pointerUp(window, touch(9, 2 * 310 + 150, 300))
      await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
      expect((await queued(manager))[0]!.variables).toMatchObject({ input: { id: uuid(1), to: 'VISITED' } })
    },
  )

  it('takes a drop that needs a form to the stage screen, and one outside the columns nowhere', async () => {
    await renderBoard()
    layOut()
    drag(2, { x: 1 * 310 + 305, y: 300 })
    expect(screen.queryByTestId('stage-screen')).toBeNull()
    drag(2, { x: 2 * 310 + 150, y: 300 })
    expect((await screen.findByTestId('stage-screen')).textContent).toBe(`/projects/${uuid(2)}/stage?to=VISITED`)
    expect(await queued(manager)).toEqual([])
  })
})
