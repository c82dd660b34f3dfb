import BrokenImageIcon from '@mui/icons-material/BrokenImageOutlined';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import ImageIcon from '@mui/icons-material/ImageOutlined';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import {
  Alert,
  Box,
  Button,
  ButtonBase,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Skeleton,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { isDrawableImage } from '../../common/document-files';
import { formatFirmInstant } from '../../common/firm';
import { saveFile } from '../../common/save-file';
import type { AccordDataProvider } from '../../providers/dataProvider';
import { formatFileSize } from '../clients/import/client-import';
import type { DocumentFileRecord } from './document';
import { fetchFile, useFileContent } from './useFileContent';

const THUMB = 56;

const isPdf = (file: DocumentFileRecord) => file.mediaType === 'application/pdf';
/** What the page can show by itself: JPEG and PNG drawn, PDFs in the browser's viewer. */
const previewable = (file: DocumentFileRecord) => isDrawableImage(file.mediaType) || isPdf(file);

/** One received file: what it is, where it came from, a look at it, and the file itself. */
export const DocumentFileRow = ({ file }: { file: DocumentFileRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const [previewing, setPreviewing] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      saveFile(await fetchFile(dataProvider, file.id), file.originalName);
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setDownloading(false);
    }
  };

  const name = { name: file.originalName };
  return (
    <Stack
      direction="row"
      spacing={1.5}
      sx={{ alignItems: 'center', py: 0.75, minWidth: 0 }}
      data-testid="document-file"
      data-source={file.source}
    >
      <ButtonBase
        onClick={() => setPreviewing(true)}
        aria-label={translate('accord.documents.preview', name)}
        sx={{ borderRadius: 1, flexShrink: 0 }}
      >
        <Thumbnail file={file} />
      </ButtonBase>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2" noWrap title={file.originalName} sx={{ fontWeight: 500 }}>
          {file.originalName}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatFileSize(file.sizeBytes, locale)} · {formatFirmInstant(file.createdAt, locale)}
          </Typography>
          <Chip
            size="small"
            variant={file.source === 'client_link' ? 'filled' : 'outlined'}
            color={file.source === 'client_link' ? 'info' : 'default'}
            label={translate(`accord.documents.sources.${file.source}`)}
            sx={{ height: 20, fontSize: 12 }}
          />
        </Stack>
      </Box>
      <Tooltip title={translate('accord.documents.download_named', name)}>
        <span>
          <IconButton
            size="small"
            onClick={download}
            disabled={downloading}
            aria-label={translate('accord.documents.download_named', name)}
          >
            {downloading ? <CircularProgress size={18} /> : <DownloadIcon fontSize="small" />}
          </IconButton>
        </span>
      </Tooltip>
      {previewing ? (
        <PreviewDialog file={file} onClose={() => setPreviewing(false)} onDownload={download} />
      ) : null}
    </Stack>
  );
};

/** A photo shows itself small; a PDF or a HEIC (which browsers other than Safari cannot draw) an icon. */
const Thumbnail = ({ file }: { file: DocumentFileRecord }) => {
  const drawable = isDrawableImage(file.mediaType);
  const content = useFileContent(file.id, drawable);
  const frame = {
    width: THUMB,
    height: THUMB,
    borderRadius: 1,
    border: '1px solid',
    borderColor: 'divider',
    bgcolor: 'background.default',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
  } as const;
  if (!drawable)
    return (
      <Box sx={frame}>
        {isPdf(file) ? <PdfIcon sx={{ color: '#c62828' }} /> : <ImageIcon color="action" />}
      </Box>
    );
  if (content.state === 'ready')
    return (
      <Box sx={frame}>
        <Box
          component="img"
          src={content.url}
          alt=""
          sx={{ width: '100%', height: '100%', objectFit: 'cover' }}
        />
      </Box>
    );
  if (content.state === 'failed')
    return (
      <Box sx={frame}>
        <BrokenImageIcon color="action" />
      </Box>
    );
  return <Skeleton variant="rounded" width={THUMB} height={THUMB} />;
};

/**
 * The file in full: a photo as an image, a PDF in the browser's viewer inside the page. Where the page may
 * not frame it (a Content-Security-Policy without `frame-src blob:`), or for a file the browser cannot
 * draw, it says so and offers a new tab or the download instead.
 */
const PreviewDialog = ({
  file,
  onClose,
  onDownload,
}: {
  file: DocumentFileRecord;
  onClose: () => void;
  onDownload: () => void;
}) => {
  const translate = useTranslate();
  const titleId = useId();
  const content = useFileContent(file.id, previewable(file));
  const [framing, setFraming] = useState<'waiting' | 'shown' | 'blocked'>('waiting');
  const [broken, setBroken] = useState(false);

  // Listening before the frame exists: a refusal by the page's policy is reported only as this event.
  useEffect(() => {
    const refused = (event: SecurityPolicyViolationEvent) => {
      if (/^(frame|child|object)-src$|^default-src$/.test(event.effectiveDirective)) setFraming('blocked');
    };
    document.addEventListener('securitypolicyviolation', refused);
    setFraming((state) => (state === 'waiting' ? 'shown' : state));
    return () => document.removeEventListener('securitypolicyviolation', refused);
  }, []);

  const openInTab = () => {
    if (content.state !== 'ready') return;
    // Its own address, released later: the new tab may still be reading it when this dialog closes.
    const url = URL.createObjectURL(content.blob);
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const unavailable = !previewable(file) || broken || (isPdf(file) && framing === 'blocked');
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="lg">
      <DialogTitle id={titleId} sx={{ pr: 6, wordBreak: 'break-all' }}>
        {file.originalName}
      </DialogTitle>
      <DialogContent dividers sx={{ p: 0, bgcolor: '#525659', minHeight: 240 }}>
        {content.state === 'failed' ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {content.message || translate('accord.documents.preview_failed')}
          </Alert>
        ) : unavailable ? (
          <Alert severity="info" sx={{ m: 2 }}>
            {translate(
              isPdf(file) ? 'accord.documents.preview_blocked' : 'accord.documents.preview_unsupported',
            )}
          </Alert>
        ) : content.state !== 'ready' ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', alignItems: 'center', height: 320 }}>
            <CircularProgress sx={{ color: '#fff' }} />
          </Box>
        ) : isPdf(file) ? (
          framing === 'shown' ? (
            <Box
              component="iframe"
              src={content.url}
              title={file.originalName}
              sx={{ display: 'block', width: '100%', height: '75vh', border: 0 }}
            />
          ) : null
        ) : (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
            <Box
              component="img"
              src={content.url}
              alt={file.originalName}
              onError={() => setBroken(true)}
              sx={{ maxWidth: '100%', maxHeight: '75vh', objectFit: 'contain', bgcolor: '#fff' }}
            />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {previewable(file) ? (
          <Button startIcon={<OpenInNewIcon />} onClick={openInTab} disabled={content.state !== 'ready'}>
            {translate('accord.documents.open_in_tab')}
          </Button>
        ) : null}
        <Button startIcon={<DownloadIcon />} onClick={onDownload}>
          {translate('accord.documents.download')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
