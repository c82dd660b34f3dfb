import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import FileIcon from '@mui/icons-material/InsertDriveFileOutlined';
import PreviewIcon from '@mui/icons-material/PlagiarismOutlined';
import UploadIcon from '@mui/icons-material/UploadOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState, type DragEvent, type ReactNode } from 'react';
import {
  Title,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { saveFile } from '../../../common/save-file';
import type { AccordDataProvider } from '../../../providers/dataProvider';
import {
  decodeCsv,
  formatFileSize,
  importTemplate,
  refusedProblems,
  refuseFile,
  type ChosenFile,
  type FileRefusal,
  type ImportPreview,
  type ImportResult,
} from './client-import';
import { ImportDone, ImportDoneNotice } from './ImportDone';
import { ImportGuide } from './ImportGuide';
import { ImportPreviewPanel } from './ImportPreviewPanel';

export const CLIENT_IMPORT_PATH = '/import/clients';

type Pending = 'reading' | 'preview' | 'commit';

/**
 * Clients with their debts from a CSV: the file is read here, checked by the API (preview, which writes
 * nothing), and imported whole once the preview finds no problem. Choosing another file starts over, so
 * what is imported is always the file that was previewed.
 */
export const ClientImportPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [refusal, setRefusal] = useState<FileRefusal | 'unreadable' | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [refused, setRefused] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const choose = async (chosen: File) => {
    setFile(null);
    setPreview(null);
    setRefused(false);
    setResult(null);
    const refusedFile = refuseFile(chosen);
    setRefusal(refusedFile);
    if (refusedFile) return;
    setPending('reading');
    try {
      const text = decodeCsv(await chosen.arrayBuffer());
      if (text === null) setRefusal('not_utf8');
      else setFile({ name: chosen.name, size: chosen.size, text });
    } catch {
      setRefusal('unreadable');
    } finally {
      setPending(null);
    }
  };

  const fail = (error: unknown) => {
    const { status, message } = (error ?? {}) as Partial<HttpError>;
    // 413 is the API's limit on rows (or bytes, were the file to grow in transit): say what the limit is.
    const text =
      status === 413
        ? translate('accord.imports.too_many_rows')
        : message || translate('ra.notification.http_error');
    notify(text, { type: 'error', messageArgs: { _: text } });
  };

  const runPreview = async () => {
    if (!file) return;
    setPending('preview');
    setRefused(false);
    try {
      const { data } = await dataProvider.importFile<ImportPreview>('clients', {
        step: 'preview',
        file: { contentType: 'text/csv', text: file.text },
      });
      setPreview(data);
    } catch (error) {
      fail(error);
    } finally {
      setPending(null);
    }
  };

  const runCommit = async () => {
    if (!file || !preview?.valid) return;
    setPending('commit');
    try {
      const { data } = await dataProvider.importFile<ImportResult>('clients', {
        step: 'commit',
        file: { contentType: 'text/csv', text: file.text },
      });
      setResult(data);
      setFile(null);
      setPreview(null);
      notify(<ImportDoneNotice result={data} />, { type: 'success', autoHideDuration: 10000 });
      // Lists and counts read before the import are out of date.
      refresh();
    } catch (error) {
      // Someone filed one of these clients since the preview: the same problems table says which.
      const problems = refusedProblems(error);
      if (problems) {
        setPreview({ ...preview, ...problems, valid: false });
        setRefused(true);
      } else fail(error);
    } finally {
      setPending(null);
    }
  };

  const canImport = Boolean(file && preview?.valid && !refused && !pending);

  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, maxWidth: 1200 }}>
      <Title title="accord.imports.title" />
      <Card>
        <CardContent sx={{ p: 3 }}>
          <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }}>
            {translate('accord.imports.intro')}
          </Typography>
          <DropZone onChoose={choose} disabled={pending !== null}>
            {file ? (
              <Chip
                icon={<FileIcon />}
                label={translate('accord.imports.file', {
                  name: file.name,
                  size: formatFileSize(file.size, locale),
                })}
              />
            ) : null}
          </DropZone>
          {refusal ? (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {translate(`accord.imports.${refusal}`)}
            </Alert>
          ) : null}
          <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              startIcon={pending === 'preview' ? <CircularProgress size={16} /> : <PreviewIcon />}
              onClick={runPreview}
              disabled={!file || pending !== null}
            >
              {translate('accord.imports.preview')}
            </Button>
            <Button
              variant="contained"
              startIcon={
                pending === 'commit' ? <CircularProgress size={16} color="inherit" /> : <UploadIcon />
              }
              onClick={runCommit}
              disabled={!canImport}
            >
              {translate('accord.imports.import')}
            </Button>
            <Box sx={{ flex: 1 }} />
            <Button
              startIcon={<DownloadIcon />}
              onClick={() =>
                saveFile(
                  new Blob([importTemplate()], { type: 'text/csv;charset=utf-8' }),
                  'clients-import-template.csv',
                )
              }
            >
              {translate('accord.imports.guide.template')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {result ? <ImportDone result={result} /> : null}
      {preview ? <ImportPreviewPanel preview={preview} refused={refused} /> : null}
      <ImportGuide />
    </Stack>
  );
};

/** The file input, which also takes a file dropped anywhere on it. */
const DropZone = ({
  onChoose,
  disabled,
  children,
}: {
  onChoose: (file: File) => void;
  disabled: boolean;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const [dragging, setDragging] = useState(false);
  const over = (event: DragEvent) => {
    event.preventDefault();
    if (!disabled) setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onChoose(dropped);
  };
  return (
    <Box
      onDragOver={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 2,
        p: 3,
        border: '2px dashed',
        borderColor: dragging ? 'primary.main' : 'divider',
        borderRadius: 1,
        bgcolor: dragging ? 'action.hover' : 'background.default',
      }}
    >
      <UploadFileIcon color="primary" fontSize="large" />
      <Button variant="outlined" component="label" disabled={disabled}>
        {translate('accord.imports.choose')}
        <input
          hidden
          type="file"
          accept=".csv,text/csv"
          aria-label={translate('accord.imports.choose')}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            // Cleared, so that choosing the same file again (corrected in the meantime) is seen as a change.
            event.target.value = '';
            if (chosen) onChoose(chosen);
          }}
        />
      </Button>
      <Typography color="text.secondary">{translate('accord.imports.drop')}</Typography>
      {children}
    </Box>
  );
};
