import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { answer, useApi } from '../../providers/api';
import { useApiAnswer } from '../../resources/negotiation/useApiAnswer';
import { AgendaList } from '../court/AgendaList';
import type { CourtReport } from '../court/court-agenda';
import { FigureCard } from './FigureCard';

const Panel = ({
  title,
  testId,
  alert = false,
  children,
}: {
  title: string;
  testId: string;
  alert?: boolean;
  children: ReactNode;
}) => {
  const titleId = useId();
  return (
    <Card
      component="section"
      aria-labelledby={titleId}
      data-testid={testId}
      sx={alert ? { borderTop: 3, borderTopColor: 'error.main' } : undefined}
    >
      <CardContent sx={{ pb: 1, '&:last-child': { pb: 1 } }}>
        <Typography id={titleId} variant="subtitle2" component="h4" color={alert ? 'error' : undefined}>
          {title}
        </Typography>
      </CardContent>
      {children}
    </Card>
  );
};

const EmptyLine = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }} data-testid="court-empty">
    {children}
  </Typography>
);

/**
 * The team's court side for its manager (an administrator's: the firm's): how many sittings and deadlines
 * the next 14 days hold, the deadlines passed with nothing recorded (the ones to chase, in red), each
 * sitting with its officer, and the matters open and concluded by kind.
 */
export const CourtFigures = ({ firmWide }: { firmWide: boolean }) => {
  const translate = useTranslate();
  const api = useApi();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.court_report.${key}`, options);
  const report = useApiAnswer<CourtReport>(async () => answer(await api.GET('/api/reports/court')), 'court');
  const data = report.data;
  if (!data) return null;
  const open = data.mattersByKind.reduce((sum, k) => sum + k.open, 0);
  const kinds = data.mattersByKind.filter((k) => k.open + k.concluded > 0);

  return (
    <Box component="section" aria-label={text('title')} data-testid="court-report">
      <Typography variant="subtitle1" component="h3">
        {text('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {text(firmWide ? 'scope_firm' : 'scope_team')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          mb: 1.5,
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <FigureCard
          testId="courtSittings"
          label={text('sittings')}
          value={data.hearings.length}
          caption={text('sittings_caption')}
        />
        <FigureCard
          testId="courtDeadlines"
          label={text('deadlines')}
          value={data.deadlines.length}
          caption={text('deadlines_caption')}
        />
        <FigureCard
          testId="courtPassed"
          label={text('passed')}
          value={data.passedDeadlines.length}
          caption={text('passed_caption')}
          tone={data.passedDeadlines.length > 0 ? 'alert' : 'plain'}
        />
        <FigureCard
          testId="courtOpenMatters"
          label={text('open')}
          value={open}
          caption={text('open_caption')}
        />
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {data.passedDeadlines.length ? (
          <Panel title={text('passed_title')} testId="court-passed" alert>
            <AgendaList items={data.passedDeadlines} today={data.from} variant="deadlines" showOfficer />
          </Panel>
        ) : null}
        <Box
          sx={{
            display: 'grid',
            gap: 1.5,
            alignItems: 'start',
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 2fr) minmax(0, 1fr)' },
          }}
        >
          <Panel title={text('sittings_title')} testId="court-sittings">
            {data.hearings.length ? (
              <AgendaList items={data.hearings} today={data.from} variant="sittings" showOfficer />
            ) : (
              <EmptyLine>{text('sittings_empty')}</EmptyLine>
            )}
          </Panel>
          <Panel title={text('by_kind_title')} testId="court-by-kind">
            {kinds.length ? (
              <Table size="small" aria-label={text('by_kind_title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{text('kind')}</TableCell>
                    <TableCell align="right">{text('open_count')}</TableCell>
                    <TableCell align="right">{text('concluded_count')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {kinds.map((k) => (
                    <TableRow key={k.kind} data-testid="court-kind" data-kind={k.kind}>
                      <TableCell>{translate(`accord.court_agenda.matter_kinds.${k.kind}`)}</TableCell>
                      <TableCell align="right" data-figure="open" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {k.open}
                      </TableCell>
                      <TableCell
                        align="right"
                        data-figure="concluded"
                        sx={{ fontVariantNumeric: 'tabular-nums' }}
                      >
                        {k.concluded}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : (
              <EmptyLine>{text('by_kind_empty')}</EmptyLine>
            )}
          </Panel>
        </Box>
      </Box>
    </Box>
  );
};
