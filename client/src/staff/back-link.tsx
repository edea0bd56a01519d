// Back to where the user came from, or to a list when the page was opened directly.
import './staff.css'
import { useNavigate } from '@solidjs/router'
import { t } from '../i18n/index.ts'

export function BackLink(props: { fallback: string }) {
  const navigate = useNavigate()
  const back = () => (history.length > 1 && history.state ? navigate(-1) : navigate(props.fallback))
  return (
    <button type="button" class="back-link" onClick={back}>
      ‹ {t('staff.back')}
    </button>
  )
}
