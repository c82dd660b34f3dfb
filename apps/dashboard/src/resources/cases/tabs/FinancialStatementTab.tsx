import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useLocaleState, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../../common/firm';
import { AffordabilityFigures } from '../../negotiation/AffordabilityFigures';
import { CapacitySplit } from '../../negotiation/CapacitySplit';
import { StatementForm } from '../../negotiation/StatementForm';
import { StatementHistory } from '../../negotiation/StatementHistory';
import { StatementLines } from '../../negotiation/StatementLines';
import {
  formValuesOf,
  newStatementCurrency,
  type StatementFormValues,
  type StatementRecord,
} from '../../negotiation/statement';
import { useApiAnswer } from '../../negotiation/useApiAnswer';
import { answer, useApi } from '../../../providers/api';
import type { CaseRecord } from '../case';

const Section = ({ title, help, children }: { title: string; help?: string; children: ReactNode }) => (
  <Box component="section" aria-label={title}>
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
      {title}
    </Typography>
    {help ? (
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {help}
      </Typography>
    ) : null}
    {children}
  </Box>
);

/**
 * The client's finances (財務狀況): the current statement and what it says the client can pay each month,
 * that capacity shared across the debts, the earlier statements, and a form for a new one.
 */
export const FinancialStatementTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const api = useApi();
  // The new statement's starting values, kept while it is typed: the form starts over when they change.
  const [editing, setEditing] = useState<StatementFormValues | null>(null);
  const caseId = record?.id;
  const key = caseId ? `${caseId}:${record.lastActivityAt}` : null;

  // The API lists a case's statements whole, and refuses paging parameters it does not take.
  const statements = useApiAnswer(
    (dataProvider) =>
      dataProvider
        .getList<StatementRecord>('financial-statements', { filter: { caseId } })
        .then((answer) => answer.data),
    key,
  );
  const affordability = useApiAnswer(
    async () =>
      answer(await api.GET('/api/cases/{id}/affordability', { params: { path: { id: caseId ?? '' } } })),
    key,
  );

  if (!record) return null;
  const failure = statements.error ?? affordability.error;
  if (failure) return <Alert severity="error">{failure}</Alert>;
  if (!statements.data || !affordability.data) return <LinearProgress />;

  const readOnly = record.stage === 'closed';
  const current = statements.data.find((s) => s.isCurrent) ?? null;
  const earlier = statements.data.filter((s) => !s.isCurrent);
  const { commitBp, figures, debts, livingMinimum, shortfall } = affordability.data;
  // A new statement is in the open debts' currency, or one the person names when they do not settle it.
  const start = newStatementCurrency(
    (record.debts ?? []).filter((d) => d.status === 'open').map((d) => d.currency),
  );

  const saved = () => {
    setEditing(null);
    statements.reload();
    affordability.reload();
    refresh();
  };

  return (
    <Stack spacing={3}>
      {editing ? (
        <StatementForm
          caseId={record.id}
          initial={editing}
          choices={start.choices}
          commitBp={commitBp}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
          >
            <Box>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('accord.statements.current')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {current
                  ? translate('accord.statements.recorded', {
                      time: formatFirmInstant(current.createdAt, locale),
                    })
                  : translate('accord.statements.none')}
              </Typography>
            </Box>
            {readOnly ? null : (
              <Button
                variant="contained"
                startIcon={<EditNoteIcon />}
                onClick={() => setEditing(formValuesOf(current, start))}
                sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
              >
                {translate('accord.statements.new')}
              </Button>
            )}
          </Stack>
          {current && figures ? (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'stretch' }}>
              <Card variant="outlined" sx={{ flex: 1, minWidth: 0 }}>
                <CardContent>
                  <StatementLines statement={current} />
                </CardContent>
              </Card>
              <Card
                variant="outlined"
                sx={{ width: { md: 360 }, flexShrink: 0 }}
                component="section"
                aria-label={translate('accord.statements.live_title')}
                data-testid="current-affordability"
              >
                <CardContent>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
                    {translate('accord.statements.live_title')}
                  </Typography>
                  <AffordabilityFigures
                    figures={figures}
                    commitBp={commitBp}
                    currency={current.currency}
                    floor={livingMinimum}
                    shortfall={shortfall}
                  />
                </CardContent>
              </Card>
            </Stack>
          ) : null}
        </>
      )}

      {current && figures ? (
        <Section
          title={translate('accord.statements.split_title')}
          help={translate('accord.statements.split_help')}
        >
          <CapacitySplit debts={debts} currency={current.currency} />
        </Section>
      ) : null}

      <Section title={translate('accord.statements.history')}>
        <StatementHistory statements={earlier} commitBp={commitBp} />
      </Section>
    </Stack>
  );
};
