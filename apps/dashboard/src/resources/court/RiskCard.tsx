import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { RISK_LOOKS, reasonValues, type CaseCourt } from './court';

/**
 * The litigation risk as the rules work it out: the case's level, and per debt its level with each reason
 * in words and figures. Then the demands and acknowledgements those rules count from.
 */
export const RiskCard = ({
  court,
  debtNames,
  onAddDemand,
}: {
  court: CaseCourt;
  debtNames: Map<string, string>;
  /** Absent when the case can only be read. */
  onAddDemand?: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: Record<string, unknown>) => translate(`accord.court.${key}`, options);
  const date = (value: string) => formatCalendarDate(value, locale);
  const { risk, demands } = court;
  const level = (value: keyof typeof RISK_LOOKS) => (
    <Chip size="small" {...RISK_LOOKS[value]} label={t(`risk_levels.${value}`)} data-level={value} />
  );
  return (
    <Card variant="outlined" data-testid="litigation-risk">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {t('risk.title')}
          </Typography>
          {level(risk.level)}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('risk.as_of', { date: date(risk.asOf) })}
        </Typography>
        {risk.debts.length === 0 ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('risk.no_debts')}
          </Typography>
        ) : null}
        <Stack spacing={1.5} sx={{ mt: 1.5 }}>
          {risk.debts.map((debt) => {
            const saysLimitation = debt.reasons.some((r) => r.reason.startsWith('LIMITATION_'));
            return (
              <Box key={debt.debtId} data-testid="debt-risk">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {debtNames.get(debt.debtId) ?? debt.creditorName}
                  </Typography>
                  {level(debt.level)}
                </Stack>
                {debt.reasons.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    {t('risk.no_reasons')}
                  </Typography>
                ) : (
                  <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                    {debt.reasons.map((reason) => (
                      <Typography
                        component="li"
                        variant="body2"
                        key={reason.reason}
                        data-testid="risk-reason"
                      >
                        {t(`risk_reasons.${reason.reason}`, reasonValues(reason, debt.currency, locale))}
                      </Typography>
                    ))}
                  </Box>
                )}
                {debt.limitationEndsOn && !saysLimitation ? (
                  <Typography variant="body2" color="text.secondary">
                    {t('risk.limitation_ends', { date: date(debt.limitationEndsOn) })}
                  </Typography>
                ) : null}
              </Box>
            );
          })}
        </Stack>
        <Divider sx={{ my: 2 }} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="subtitle2" component="h4">
            {t('demands.title')}
          </Typography>
          {onAddDemand ? (
            <Button size="small" startIcon={<AddIcon />} onClick={onAddDemand}>
              {t('demands.add')}
            </Button>
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 720 }}>
          {t('demands.help')}
        </Typography>
        {demands.length === 0 ? (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t('demands.none')}
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {[...demands]
              .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
              .map((demand) => (
                <Typography component="li" variant="body2" key={demand.id} data-testid="creditor-demand">
                  {t('demands.line', {
                    kind: t(`demand_kinds.${demand.kind}`),
                    debt: debtNames.get(demand.debtId) ?? '…',
                    date: date(demand.receivedOn),
                  })}
                  {demand.note ? ` · ${demand.note}` : ''}
                </Typography>
              ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
