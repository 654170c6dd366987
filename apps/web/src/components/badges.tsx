import { useTranslation } from 'react-i18next';

export function StageBadge({ stage }: { stage: string }) {
  const { t } = useTranslation();
  return <span className={`badge stage-${stage}`}>{t(`stages.${stage}`)}</span>;
}

export function UrgencyBadge({ urgency }: { urgency: 'overdue' | 'due_soon' | 'open' }) {
  const { t } = useTranslation();
  return <span className={`badge urgency-${urgency}`}>{t(`urgency.${urgency}`)}</span>;
}
