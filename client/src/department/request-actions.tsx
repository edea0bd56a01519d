// The steps this user may take on the request now, as buttons; the chosen one opens its form in place.
import { createSignal, For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { StepFormPanel, type StepTarget } from './step-form.tsx'
import type { SupportStep } from './support-steps.ts'

export function RequestActions(props: {
  steps: readonly SupportStep[]
  request: StepTarget
  departments: readonly { uuid: string; name: string }[]
}) {
  const [step, setStep] = createSignal<SupportStep | null>(null)
  return (
    <section class="panel" aria-labelledby="request-actions-heading">
      <h2 id="request-actions-heading" class="panel-title">
        {t('department.action.title')}
      </h2>
      <Show
        when={step()}
        fallback={
          <div class="step-buttons">
            <For each={props.steps}>
              {(choice) => (
                <button
                  type="button"
                  class="button"
                  classList={{ 'button-primary': choice === 'resolve' || choice === 'close' }}
                  onClick={() => setStep(choice)}
                >
                  {t(`department.action.${choice}`)}
                </button>
              )}
            </For>
          </div>
        }
      >
        {(chosen) => (
          <StepFormPanel
            step={chosen()}
            request={props.request}
            departments={props.departments}
            onDone={() => setStep(null)}
          />
        )}
      </Show>
    </section>
  )
}
