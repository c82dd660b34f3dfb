import { daysBetween } from '@accord/domain';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, useMemo, useState } from 'react';
import {
  Link,
  Title,
  useCreatePath,
  useGetList,
  useGetMany,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatCalendarDate, formatFirmInstant, firmToday } from '../../common/firm';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';
import type { CaseListRecord } from '../cases/case';
import { RequirementStatusChip } from './ChecklistItem';
import type { RequirementRecord } from './document';

export const DOCUMENTS_WAITING_PATH = '/documents/waiting';

const PAGE_SIZE = 50;

/**
 * The papers that wait on the person signed in: those received and not yet checked, and those the client
 * is late with. Whose they are is the API's business (an officer's own cases, a manager's team, all for an
 * admin); each row leads to its case's documents tab.
 */
export const DocumentsWaitingPage = () => (
  <Box sx={{ mt: 2, mb: 4, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1200 }}>
    <Title title="accord.documents_waiting.title" />
    <WaitingSection
      section="received"
      filter={{ status: 'received' }}
      // The longest waiting first: they have been on the desk the longest.
      sort={{ field: 'updatedAt', order: 'ASC' }}
    />
    <WaitingSection section="overdue" filter={{ overdue: 'true' }} sort={{ field: 'dueOn', order: 'ASC' }} />
  </Box>
);

interface WaitingSectionProps {
  section: 'received' | 'overdue';
  filter: Record<string, string>;
  sort: { field: string; order: 'ASC' | 'DESC' };
}

const WaitingSection = ({ section, filter, sort }: WaitingSectionProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const canAssign = useCanAssignOfficers();
  const titleId = useId();
  const [perPage, setPerPage] = useState(PAGE_SIZE);
  const { data, total, isPending, error } = useGetList<RequirementRecord>('document-requirements', {
    filter,
    sort,
    pagination: { page: 1, perPage },
  });
  const caseIds = useMemo(() => [...new Set((data ?? []).map((item) => item.caseId))], [data]);
  const cases = useGetMany<CaseListRecord>('cases', { ids: caseIds }, { enabled: caseIds.length > 0 });
  const caseOf = (id: string) => cases.data?.find((c) => c?.id === id);
  const today = firmToday();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.documents_waiting.${key}`, options);

  return (
    <Card component="section" aria-labelledby={titleId} data-testid={`waiting-${section}`}>
      <CardContent sx={{ pb: 1 }}>
        <Typography id={titleId} variant="h6" component="h2">
          {text(`${section}_title`)}
          {total ? (
            <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
              ({total})
            </Typography>
          ) : null}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {text(`${section}_help`)}
        </Typography>
      </CardContent>
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {error.message}
        </Alert>
      ) : isPending ? (
        <LinearProgress />
      ) : !data?.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {text(`${section}_empty`)}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={titleId} sx={{ tableLayout: 'fixed', minWidth: 720 }}>
            {/* The same columns in both sections line up, one above the other. */}
            <colgroup>
              <col style={{ width: '17%' }} />
              <col style={{ width: '14%' }} />
              {canAssign ? <col style={{ width: '14%' }} /> : null}
              <col />
              <col style={{ width: '12%' }} />
              <col style={{ width: '22%' }} />
            </colgroup>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.cases.fields.reference')}</TableCell>
                <TableCell>{translate('resources.cases.fields.clientName')}</TableCell>
                {canAssign ? <TableCell>{translate('resources.cases.fields.officerName')}</TableCell> : null}
                <TableCell>{text('kind')}</TableCell>
                <TableCell>{text('status')}</TableCell>
                <TableCell>{text(section === 'received' ? 'received_at' : 'due_on')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((item) => {
                const found = caseOf(item.caseId);
                const to = `${createPath({ resource: 'cases', id: item.caseId, type: 'show' })}/documents`;
                const late = daysBetween(item.dueOn, today);
                return (
                  <TableRow key={item.id} hover data-testid="waiting-item" data-kind={item.kind}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Link to={to} sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                        {found?.reference ?? '…'}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{found?.clientName ?? ''}</TableCell>
                    {canAssign ? (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{found?.officerName ?? ''}</TableCell>
                    ) : null}
                    <TableCell>{translate(`accord.document_kinds.${item.kind}`)}</TableCell>
                    <TableCell>
                      <RequirementStatusChip status={item.status} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {section === 'received' ? (
                        item.receivedAt ? (
                          formatFirmInstant(item.receivedAt, locale)
                        ) : (
                          '—'
                        )
                      ) : (
                        <>
                          {formatCalendarDate(item.dueOn, locale)}
                          <Typography
                            component="span"
                            variant="body2"
                            color="error"
                            sx={{ ml: 1, fontWeight: 600 }}
                          >
                            {text('days_late', { smart_count: late })}
                          </Typography>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {data && total !== undefined && data.length < total ? (
        <Box sx={{ px: 2, py: 1 }}>
          <Button onClick={() => setPerPage((n) => n + PAGE_SIZE)}>
            {text('more', { smart_count: Math.min(PAGE_SIZE, total - data.length) })}
          </Button>
        </Box>
      ) : null}
    </Card>
  );
};
