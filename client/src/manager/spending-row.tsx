// One 人才投入 record in the list: its day, unit (in the county's list), amount and purpose, what waits in the
// outbox for it (未同步, 待删除), and for those who may write, 修改 and 删除 opening a form in a row beneath.
import { createSignal, Match, Show, Switch } from 'solid-js'
import { t } from '../i18n/index.ts'
import { SpendingEdit, SpendingRemove } from './spending-edit.tsx'
import type { SpendingRow } from './spending-rows.ts'

export function SpendingRowView(props: { row: SpendingRow; showUnit: boolean; canWrite: boolean; columns: number }) {
  const [open, setOpen] = createSignal<'edit' | 'remove' | null>(null)
  const close = () => setOpen(null)
  return (
    <>
      <tr
        classList={{ 'card-pending': props.row.unsynced || props.row.edited, 'spending-removing': props.row.removing }}
        data-testid="spending-row"
      >
        <td>{props.row.spentOn}</td>
        <Show when={props.showUnit}>
          <td>{props.row.unitName}</td>
        </Show>
        <td>{t('manager.spending.amountValue', { amount: props.row.amount })}</td>
        <td>
          {props.row.purpose}
          <Switch>
            <Match when={props.row.removing}>
              {' '}
              <span class="tag tag-unsynced">{t('manager.spending.removing')}</span>
            </Match>
            <Match when={props.row.unsynced || props.row.edited}>
              {' '}
              <span class="tag tag-unsynced">{t('manager.spending.pending')}</span>
            </Match>
          </Switch>
        </td>
        <Show when={props.canWrite}>
          <td class="office-actions">
            <Show when={!props.row.removing && !open()}>
              <button
                type="button"
                class="button button-small"
                aria-label={t('manager.spending.editOf', { purpose: props.row.purpose })}
                onClick={() => setOpen('edit')}
              >
                {t('manager.spending.edit')}
              </button>
              <button
                type="button"
                class="button button-small"
                aria-label={t('manager.spending.removeOf', { purpose: props.row.purpose })}
                onClick={() => setOpen('remove')}
              >
                {t('manager.spending.remove')}
              </button>
            </Show>
          </td>
        </Show>
      </tr>
      <Show when={open()}>
        {(mode) => (
          <tr class="spending-form-row">
            <td colSpan={props.columns}>
              <Show when={mode() === 'edit'} fallback={<SpendingRemove row={props.row} onDone={close} />}>
                <SpendingEdit row={props.row} onDone={close} />
              </Show>
            </td>
          </tr>
        )}
      </Show>
    </>
  )
}
