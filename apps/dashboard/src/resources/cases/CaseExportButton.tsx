import { DEFAULT_LOCALE } from '@accord/contracts';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { saveFile } from '../../common/save-file';
import type { Translate } from '../../providers/api-client';
import type { AccordDataProvider } from '../../providers/dataProvider';
import { isLocale } from '../../providers/i18nProvider';

/**
 * Downloads the cases the list shows (its filters and order, every page) as the API writes them: the
 * server exports what a person may see, up to 100,000 cases, far beyond what the browser could page through.
 * The header row is in the language on screen.
 */
export const CaseExportButton = () => {
  const { filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [pending, setPending] = useState(false);

  const exportCases = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.exportList('cases', {
        filter: filterValues,
        sort,
        locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
      });
      saveFile(data.blob, data.filename ?? 'cases.csv');
    } catch (error) {
      const message = failureMessage(error, translate, locale);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button label="accord.exports.button" onClick={exportCases} disabled={pending || total === 0}>
      {pending ? <CircularProgress size={16} color="inherit" /> : <DownloadIcon />}
    </Button>
  );
};

/** The API's refusal, with the counts of a too-large export written the way the person reads numbers. */
function failureMessage(error: unknown, translate: Translate, locale: string) {
  const { status, body, message } = (error ?? {}) as Partial<HttpError> & { body?: { details?: unknown } };
  const details = body?.details as { total?: unknown; limit?: unknown } | undefined;
  if (status === 413 && typeof details?.total === 'number' && typeof details.limit === 'number') {
    const number = new Intl.NumberFormat(locale);
    return translate('accord.errors.EXPORT_TOO_LARGE', {
      total: number.format(details.total),
      limit: number.format(details.limit),
    });
  }
  return message || translate('ra.notification.http_error');
}
