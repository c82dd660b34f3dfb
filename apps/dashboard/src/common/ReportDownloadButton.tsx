import { DEFAULT_LOCALE } from '@accord/contracts';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useLocaleState } from 'react-admin';
import type { AccordDataProvider } from '../providers/dataProvider';
import { isLocale } from '../providers/i18nProvider';
import { saveFile } from './save-file';
import { useNotifyError } from './useNotifyError';

/**
 * A report's figures as the API writes them in CSV (`GET /<report>/export`, for the same period and team,
 * headed in the language on screen), fetched with the bearer token and handed to the browser's downloads.
 */
export const ReportDownloadButton = ({
  report,
  query,
  fallbackName,
  disabled = false,
}: {
  /** The report's own address: `workload`, `reports/creditors`. */
  report: string;
  query: Record<string, string | null>;
  /** Used when the API names no file. */
  fallbackName: string;
  disabled?: boolean;
}) => {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notifyError = useNotifyError();
  const [locale] = useLocaleState();
  const [pending, setPending] = useState(false);

  const download = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.exportList(report, {
        filter: query,
        locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
      });
      saveFile(data.blob, data.filename ?? fallbackName);
    } catch (error) {
      // Already in the reader's language: the API client translates the error's code.
      notifyError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Button
      label="accord.exports.button"
      variant="outlined"
      size="small"
      onClick={download}
      disabled={disabled || pending}
      data-testid="report-download"
    >
      {pending ? <CircularProgress size={16} color="inherit" /> : <DownloadIcon />}
    </Button>
  );
};
