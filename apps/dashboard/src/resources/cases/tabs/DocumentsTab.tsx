import { DEFAULT_LOCALE, type Role } from '@accord/contracts';
import SendIcon from '@mui/icons-material/SendToMobileOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import {
  useDataProvider,
  useGetList,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { firmToday } from '../../../common/firm';
import type { AccordDataProvider } from '../../../providers/dataProvider';
import { isLocale } from '../../../providers/i18nProvider';
import { ChecklistItem } from '../../documents/ChecklistItem';
import {
  checklistProgress,
  orderChecklist,
  takesFiles,
  type DocumentFileRecord,
  type RequirementRecord,
  type TemplateRecord,
} from '../../documents/document';
import { UploadLinkDialog } from '../../documents/UploadLinkDialog';
import { UploadLinks } from '../../documents/UploadLinks';
import type { CaseRecord } from '../case';

/** More than any template set asks for: the checklist is read whole. */
const CHECKLIST_SIZE = 200;

/**
 * The case's papers: the checklist drawn from the templates (what is asked, what arrived, what was checked),
 * the files received for each, and the links that let the client send them from a phone.
 */
export const DocumentsTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions: role } = usePermissions<Role | undefined>();
  const caseId = record?.id;
  const [sending, setSending] = useState(false);
  const [linksChanged, setLinksChanged] = useState(0);

  const checklist = useGetList<RequirementRecord>(
    'document-requirements',
    {
      filter: { caseId },
      pagination: { page: 1, perPage: CHECKLIST_SIZE },
      sort: { field: 'dueOn', order: 'ASC' },
    },
    { enabled: Boolean(caseId) },
  );
  // The templates change only when an administrator edits them.
  const templates = useGetList<TemplateRecord>(
    'document-templates',
    { pagination: { page: 1, perPage: CHECKLIST_SIZE }, sort: { field: 'kind', order: 'ASC' } },
    { staleTime: 5 * 60_000 },
  );
  const items = useMemo(() => orderChecklist(checklist.data ?? []), [checklist.data]);
  const { files, failure: filesFailure } = useCaseFiles(caseId, items);

  if (!record) return null;
  const readOnly = record.stage === 'closed';
  const today = firmToday();
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const descriptionOf = (kind: string) =>
    templates.data?.find((t) => t.kind === kind)?.descriptions[language] ?? null;
  const nameOf = (requirementId: string) => {
    const other = items.find((i) => i.id === requirementId);
    return other ? translate(`accord.document_kinds.${other.kind}`) : null;
  };
  const progress = checklistProgress(items);
  // A link is worth sending while the client still has something to send (what their page would list).
  const linkUseful = items.some((i) => takesFiles(i.status));
  const complete = progress.settled === progress.required;

  return (
    <Stack spacing={3}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        {items.length ? (
          <Box sx={{ minWidth: 240, flex: 1, maxWidth: 520 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="checklist-summary">
              {translate('accord.documents.summary', {
                settled: progress.settled,
                required: progress.required,
              })}
            </Typography>
            <LinearProgress
              variant="determinate"
              color={complete ? 'success' : 'primary'}
              value={progress.required ? (100 * progress.settled) / progress.required : 100}
              sx={{ mt: 0.75, height: 6, borderRadius: 3 }}
              aria-hidden
            />
          </Box>
        ) : (
          <Box />
        )}
        {readOnly || !linkUseful ? null : (
          <Button
            variant="contained"
            startIcon={<SendIcon />}
            onClick={() => setSending(true)}
            sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
          >
            {translate('accord.upload_links.create')}
          </Button>
        )}
      </Stack>

      {filesFailure ? <Alert severity="warning">{filesFailure}</Alert> : null}
      {checklist.error ? (
        <Alert severity="error">{checklist.error.message}</Alert>
      ) : checklist.isPending ? (
        <LinearProgress />
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('accord.documents.empty')}
        </Typography>
      ) : (
        <Stack spacing={1.5} aria-label={translate('accord.documents.checklist')} component="div">
          {items.map((item) => (
            <ChecklistItem
              key={item.id}
              item={item}
              files={files.filter((f) => f.requirementId === item.id)}
              description={descriptionOf(item.kind)}
              role={role}
              readOnly={readOnly}
              today={today}
              nameOf={nameOf}
            />
          ))}
        </Stack>
      )}

      <Box component="section" aria-labelledby="upload-links-title">
        <Typography
          id="upload-links-title"
          variant="subtitle1"
          component="h3"
          sx={{ fontWeight: 600, mb: 1 }}
        >
          {translate('accord.upload_links.title')}
        </Typography>
        <UploadLinks
          caseId={record.id}
          changedAt={`${record.lastActivityAt}:${linksChanged}`}
          readOnly={readOnly}
        />
      </Box>

      {sending ? (
        <UploadLinkDialog
          caseId={record.id}
          onClose={() => setSending(false)}
          onCreated={() => setLinksChanged((n) => n + 1)}
        />
      ) : null}
    </Stack>
  );
};

/**
 * The files of the case, read again whenever an item changes (an upload always moves its item, so a new
 * file, the officer's or the client's, shows with it). The API answers them in one list, newest first.
 */
function useCaseFiles(
  caseId: string | undefined,
  items: readonly RequirementRecord[],
): { files: DocumentFileRecord[]; failure: string | null } {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [files, setFiles] = useState<DocumentFileRecord[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const changed = items.map((i) => `${i.id}:${i.version}`).join();
  useEffect(() => {
    if (!caseId) return;
    let current = true;
    // No pagination: the API gives a case's files whole, and refuses paging parameters it does not take.
    dataProvider.getList<DocumentFileRecord>('document-files', { filter: { caseId } }).then(
      (answer) => {
        if (!current) return;
        setFiles(answer.data);
        setFailure(null);
      },
      // Without its files the checklist still works: the moves do not need them.
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [caseId, changed, dataProvider]);
  return { files, failure };
}
