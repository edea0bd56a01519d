// Under the talent card: staff change birth year, sector and team but never see the class select (the
// office certifies it); the office does. Both are decided by the server at once, so offline says so.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import { TalentDetails } from '../../client/src/staff/talent-details.tsx'
import { setUser } from '../../client/src/session/session.ts'
import { renderAt, screen, signInOffline, staff } from './staff-harness.tsx'

const talentNode = {
  __typename: 'Talent',
  id: btoa('Talent:0190b111-2222-7333-8444-000000000001'),
  uuid: '0190b111-2222-7333-8444-000000000001',
  version: 3,
  talentClass: 'C',
  birthYear: 1992,
  sector: 'HEALTH',
  talentTeam: null,
  consentWithdrawnAt: null,
  contactMasked: false,
  phone: '13812345678',
}
const render = (node: Record<string, unknown> = talentNode) =>
  renderAt('/t', { StaffTalentDetails: () => ({ node }) }, () => (
    <Route path="/t" component={() => <TalentDetails talentNodeId={talentNode.id} />} />
  ))

beforeAll(signInOffline)
afterEach(() => {
  cleanup()
  setUser(staff)
})

describe('人才分类', () => {
  it('shows the class, birth year and sector in words', async () => {
    render()
    expect((await screen.findByTestId('talent-class')).textContent).toBe('C 类（省部级领军人才）')
    expect(screen.getByText('1992')).toBeTruthy()
    expect(screen.getByText('卫生')).toBeTruthy()
  })

  it('lets staff edit birth year, sector and team, not the class; offline it says so', async () => {
    render()
    fireEvent.click(await screen.findByTestId('edit-details'))
    expect(screen.queryByLabelText('人才类别')).toBeNull()
    fireEvent.change(screen.getByLabelText('人才队伍'), { target: { value: 'PROFESSIONAL_TECHNICAL' } })
    fireEvent.click(screen.getByTestId('save-details'))
    expect(await screen.findByText('修改人才信息需要联网，当前离线')).toBeTruthy()
  })

  it('gives the office the class select', async () => {
    setUser({ ...staff, role: 'ADMIN' })
    render()
    fireEvent.click(await screen.findByTestId('edit-details'))
    expect((screen.getByLabelText('人才类别') as HTMLSelectElement).value).toBe('C')
  })

  it('marks a talent who withdrew consent, with no second withdrawal offered', async () => {
    render({ ...talentNode, consentWithdrawnAt: '2026-05-01T02:00:00.000Z', contactMasked: true })
    expect(await screen.findByTestId('consent-withdrawn')).toBeTruthy()
    expect(screen.queryByTestId('withdraw-consent')).toBeNull()
  })
})
