import type { RequirementMove, RequirementStatus, Role } from '@accord/contracts';
import BlockIcon from '@mui/icons-material/BlockOutlined';
import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import InboxIcon from '@mui/icons-material/MoveToInboxOutlined';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import WaiveIcon from '@mui/icons-material/DoNotDisturbOnOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Stack,
  Tooltip,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { checkDocumentFile, DOCUMENT_FILE_ACCEPT } from '../../common/document-files';
import { formatCalendarDate, formatFirmInstant } from '../../common/firm';
import { answer, useApi } from '../../providers/api';
import type { AccordDataProvider } from '../../providers/dataProvider';
import {
  isOverdue,
  isStale,
  needsReason,
  offeredMoves,
  readUploadRefusal,
  takesFiles,
  type DocumentFileRecord,
  type RequirementRecord,
} from './document';
import { DocumentFileRow } from './DocumentFileRow';
import { ReasonDialog } from './ReasonDialog';

/** Each status its colour: waiting on the client neutral, waiting on us blue, done green, refused red. */
export const STATUS_LOOKS: Record<RequirementStatus, Pick<ChipProps, 'color' | 'variant'>> = {
  requested: { color: 'default', variant: 'outlined' },
  received: { color: 'info', variant: 'filled' },
  verified: { color: 'success', variant: 'filled' },
  rejected: { color: 'error', variant: 'filled' },
  waived: { color: 'secondary', variant: 'outlined' },
};

export const RequirementStatusChip = ({ status }: { status: RequirementStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      {...STATUS_LOOKS[status]}
      label={translate(`accord.requirement_statuses.${status}`)}
      data-testid="requirement-status"
      data-status={status}
    />
  );
};

const MOVE_ICONS: Record<RequirementMove, ReactNode> = {
  receive: <InboxIcon />,
  verify: <CheckIcon />,
  reject: <BlockIcon />,
  waive: <WaiveIcon />,
};

interface ChecklistItemProps {
  item: RequirementRecord;
  files: readonly DocumentFileRecord[];
  /** The template's words for this paper in the interface language, if it has any. */
  description: string | null;
  role: Role | undefined;
  /** A closed case takes no more changes. */
  readOnly: boolean;
  today: string;
  /** The translated name of another item of the case (a duplicate upload names where it already is). */
  nameOf: (requirementId: string) => string | null;
}

/**
 * One paper of the checklist: what is asked and why, where it stands, the files received for it, and what
 * this person may do next. A file dropped anywhere on the item is uploaded to it.
 */
export const ChecklistItem = ({
  item,
  files,
  description,
  role,
  readOnly,
  today,
  nameOf,
}: ChecklistItemProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [asking, setAsking] = useState<'reject' | 'waive' | null>(null);
  const [moving, setMoving] = useState<RequirementMove | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const kindName = translate(`accord.document_kinds.${item.kind}`);
  const moves = readOnly ? [] : offeredMoves(item.status, role);
  const acceptsFiles = !readOnly && takesFiles(item.status);
  const overdue = isOverdue(item, today);
  const busy = moving !== null || uploading !== null;

  /** Sends a move; answers the refusal's message (already translated) or null when it went through. */
  const move = async (chosen: RequirementMove, reason?: string): Promise<string | null> => {
    setMoving(chosen);
    try {
      answer(
        await api.POST('/api/document-requirements/{id}/moves', {
          params: { path: { id: item.id } },
          body: { move: chosen, version: item.version, ...(reason ? { reason } : {}) },
        }),
      );
      notify(`accord.documents.moved.${chosen}`, { type: 'success', messageArgs: { kind: kindName } });
      refresh();
      return null;
    } catch (error) {
      if (isStale(error)) refresh();
      return error instanceof Error && error.message
        ? error.message
        : translate('ra.notification.http_error');
    } finally {
      setMoving(null);
    }
  };

  const press = async (chosen: RequirementMove) => {
    if (needsReason(chosen)) {
      setAsking(chosen);
      return;
    }
    const refused = await move(chosen);
    if (refused) notify(refused, { type: 'error', messageArgs: { _: refused } });
  };

  const upload = async (file: File) => {
    const refusedHere = checkDocumentFile(file);
    if (refusedHere) {
      setProblem(translate(`accord.documents.file_problems.${refusedHere}`));
      return;
    }
    setProblem(null);
    setUploading(file.name);
    try {
      await dataProvider.attachFile('document-requirements', {
        id: item.id,
        action: 'files',
        file,
        filename: file.name,
      });
      notify('accord.documents.uploaded', {
        type: 'success',
        messageArgs: { name: file.name, kind: kindName },
      });
      refresh();
    } catch (error) {
      const refusal = readUploadRefusal(error, translate('ra.notification.http_error'));
      if (refusal.kind === 'too_large') setProblem(translate('accord.documents.file_problems.too_large'));
      else if (refusal.kind === 'duplicate') {
        const where = refusal.requirementId ? nameOf(refusal.requirementId) : null;
        setProblem(
          where
            ? translate('accord.documents.duplicate_under', { kind: where })
            : translate('accord.errors.DUPLICATE_FILE'),
        );
      } else setProblem(refusal.message);
      if (isStale(error)) refresh();
    } finally {
      setUploading(null);
    }
  };

  const over = (event: DragEvent) => {
    if (!acceptsFiles || busy || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    if (!acceptsFiles || busy) return;
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void upload(dropped);
  };

  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      data-testid="checklist-item"
      data-kind={item.kind}
      onDragOver={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{
        border: '1px solid',
        borderColor: dragging ? 'primary.main' : overdue ? 'error.light' : 'divider',
        outline: dragging ? '2px dashed' : 'none',
        outlineColor: 'primary.main',
        outlineOffset: -4,
        bgcolor: dragging ? 'action.hover' : 'background.paper',
        borderRadius: 1,
        p: 2,
      }}
    >
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {kindName}
            </Typography>
            <RequirementStatusChip status={item.status} />
            <Typography
              variant="caption"
              sx={{
                color: item.required ? 'text.primary' : 'text.secondary',
                fontWeight: item.required ? 600 : 400,
              }}
            >
              {translate(item.required ? 'accord.documents.required' : 'accord.documents.optional')}
            </Typography>
          </Stack>
          {description ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
              {description}
            </Typography>
          ) : null}
          <Dates item={item} overdue={overdue} locale={locale} />
        </Box>
        {moves.length ? (
          <Stack
            direction="row"
            spacing={1}
            sx={{ flexShrink: 0, flexWrap: 'wrap', rowGap: 1 }}
            role="group"
            aria-label={translate('accord.documents.moves_label', { kind: kindName })}
          >
            {moves.map((chosen) => (
              <MoveButton
                key={chosen}
                move={chosen}
                pending={moving === chosen}
                disabled={busy}
                onClick={() => void press(chosen)}
              />
            ))}
          </Stack>
        ) : null}
      </Stack>

      {item.status === 'rejected' && item.rejectionReason ? (
        <Alert severity="error" variant="outlined" sx={{ mt: 1.5, py: 0 }}>
          {translate('accord.documents.rejection_reason', { reason: item.rejectionReason })}
        </Alert>
      ) : null}
      {item.status === 'waived' && item.waiverReason ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('accord.documents.waiver_reason', { reason: item.waiverReason })}
        </Typography>
      ) : null}

      {files.length ? (
        <Box sx={{ mt: 1.5, borderTop: '1px solid', borderColor: 'divider', pt: 0.5 }}>
          {files.map((file) => (
            <DocumentFileRow key={file.id} file={file} />
          ))}
        </Box>
      ) : null}

      {acceptsFiles ? (
        <Stack
          direction="row"
          spacing={1.5}
          sx={{
            mt: 1.5,
            alignItems: 'center',
            flexWrap: 'wrap',
            rowGap: 1,
            p: 1,
            border: '1px dashed',
            borderColor: 'divider',
            borderRadius: 1,
            bgcolor: 'background.default',
          }}
        >
          <Button
            component="label"
            size="small"
            variant="outlined"
            disabled={busy}
            startIcon={uploading ? <CircularProgress size={16} /> : <UploadIcon />}
          >
            {translate('accord.documents.upload')}
            <input
              hidden
              type="file"
              accept={DOCUMENT_FILE_ACCEPT}
              aria-label={translate('accord.documents.upload_for', { kind: kindName })}
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                // Cleared, so choosing the same file again (after a refusal) still counts as a choice.
                event.target.value = '';
                if (chosen) void upload(chosen);
              }}
            />
          </Button>
          <Typography variant="caption" color="text.secondary">
            {uploading
              ? translate('accord.documents.uploading', { name: uploading })
              : translate('accord.documents.drop')}
          </Typography>
        </Stack>
      ) : null}
      {problem ? (
        <Alert severity="error" role="alert" sx={{ mt: 1 }} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      ) : null}

      {asking ? (
        <ReasonDialog
          move={asking}
          kindName={kindName}
          onConfirm={(reason) => move(asking, reason)}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </Box>
  );
};

/** When it is due, or when it arrived and was checked. */
const Dates = ({ item, overdue, locale }: { item: RequirementRecord; overdue: boolean; locale: string }) => {
  const translate = useTranslate();
  const parts: ReactNode[] = [];
  if (item.status === 'requested' || item.status === 'rejected') {
    const date = formatCalendarDate(item.dueOn, locale);
    parts.push(
      <Box
        component="span"
        key="due"
        data-testid={overdue ? 'overdue' : undefined}
        sx={overdue ? { color: 'error.main', fontWeight: 600 } : undefined}
      >
        {translate(overdue ? 'accord.documents.overdue_since' : 'accord.documents.due_on', { date })}
      </Box>,
    );
  }
  if (item.receivedAt && item.status !== 'requested')
    parts.push(
      <span key="received">
        {translate('accord.documents.received_at', { time: formatFirmInstant(item.receivedAt, locale) })}
      </span>,
    );
  if (item.verifiedAt && item.status === 'verified')
    parts.push(
      <span key="verified">
        {translate('accord.documents.verified_at', { time: formatFirmInstant(item.verifiedAt, locale) })}
      </span>,
    );
  if (!parts.length) return null;
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      component="div"
      sx={{ mt: 0.5, fontVariantNumeric: 'tabular-nums', '& > * + *::before': { content: '" · "' } }}
    >
      {parts}
    </Typography>
  );
};

const MoveButton = ({
  move,
  pending,
  disabled,
  onClick,
}: {
  move: RequirementMove;
  pending: boolean;
  disabled: boolean;
  onClick: () => void;
}) => {
  const translate = useTranslate();
  const button = (
    <Button
      size="small"
      variant={move === 'verify' ? 'contained' : 'outlined'}
      color={move === 'verify' ? 'success' : move === 'reject' ? 'error' : 'primary'}
      startIcon={pending ? <CircularProgress size={16} color="inherit" /> : MOVE_ICONS[move]}
      disabled={disabled}
      onClick={onClick}
    >
      {translate(`accord.documents.moves.${move}`)}
    </Button>
  );
  // "Mark received" without a file needs saying what it is for: a paper original, handed over in person.
  return move === 'receive' ? (
    <Tooltip title={translate('accord.documents.receive_help')}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
};
