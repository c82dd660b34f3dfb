import {
  Alert,
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { amountsText, describeProblem, existingClientLine, type ImportPreview } from './client-import';

const NUMBER_CELL = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * What the API found in the file: its size in rows, clients and debts, then each problem by line (nothing
 * can be imported until there are none), then the first clients as they will be filed.
 */
export const ImportPreviewPanel = ({ preview, refused }: { preview: ImportPreview; refused: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = new Intl.NumberFormat(locale);
  const counts = [
    ['accord.imports.rows', preview.rows],
    ['accord.imports.clients', preview.clients],
    ['accord.imports.debts', preview.debts],
  ] as const;

  return (
    <Card data-testid="import-preview">
      <CardContent sx={{ p: 3 }}>
        <Stack direction="row" spacing={5} sx={{ mb: 2 }} component="dl">
          {counts.map(([label, value]) => (
            <Box key={label} sx={{ m: 0 }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {translate(label)}
              </Typography>
              <Typography component="dd" variant="h5" sx={{ m: 0, ...NUMBER_CELL }}>
                {number.format(value)}
              </Typography>
            </Box>
          ))}
        </Stack>
        {preview.outstanding ? (
          <Typography variant="body2" sx={{ mb: 2, ...NUMBER_CELL }} data-testid="import-outstanding">
            {translate('accord.labelled', {
              label: translate('accord.imports.outstanding_total'),
              value: amountsText(preview.outstanding, locale),
            })}
          </Typography>
        ) : null}
        {preview.valid ? (
          <Alert severity="success">{translate('accord.imports.valid')}</Alert>
        ) : (
          <Alert severity="error" role="alert">
            {refused
              ? translate('accord.imports.refused')
              : translate('accord.imports.invalid', { smart_count: preview.problemCount })}
          </Alert>
        )}
        {preview.problems.length > 0 ? <Problems preview={preview} number={number} /> : null}
        {preview.sample.length > 0 ? <Sample preview={preview} number={number} locale={locale} /> : null}
      </CardContent>
    </Card>
  );
};

const Heading = ({ title, note }: { title: string; note?: string }) => (
  <Box sx={{ mt: 3, mb: 1 }}>
    <Typography variant="h6" component="h2">
      {title}
    </Typography>
    {note ? (
      <Typography variant="body2" color="text.secondary">
        {note}
      </Typography>
    ) : null}
  </Box>
);

const Problems = ({ preview, number }: { preview: ImportPreview; number: Intl.NumberFormat }) => {
  const translate = useTranslate();
  const shown = preview.problems.length;
  return (
    <>
      <Heading
        title={translate('accord.imports.problems_title')}
        note={
          preview.problemCount > shown
            ? translate('accord.imports.problems_truncated', {
                shown: number.format(shown),
                total: number.format(preview.problemCount),
              })
            : undefined
        }
      />
      <TableContainer sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-label={translate('accord.imports.problems_title')}>
          <TableHead>
            <TableRow>
              <TableCell align="right" sx={{ width: 72 }}>
                {translate('accord.imports.line')}
              </TableCell>
              <TableCell sx={{ width: 160 }}>{translate('accord.imports.column')}</TableCell>
              <TableCell>{translate('accord.imports.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.problems.map((problem, i) => {
              const { field, text } = describeProblem(problem, translate);
              return (
                <TableRow key={i} data-code={problem.code}>
                  <TableCell align="right" sx={NUMBER_CELL}>
                    {problem.row}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{field}</TableCell>
                  <TableCell sx={{ whiteSpace: 'normal' }}>
                    {text}
                    {problem.existing ? (
                      // Named only when the person may see that client: the link leads to it.
                      <Box component="span" sx={{ display: 'block' }}>
                        <Link to={`/clients/${problem.existing.clientId}/show`}>
                          {existingClientLine(problem.existing, translate)}
                        </Link>
                      </Box>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};

const Sample = ({
  preview,
  number,
  locale,
}: {
  preview: ImportPreview;
  number: Intl.NumberFormat;
  locale: string;
}) => {
  const translate = useTranslate();
  const shown = preview.sample.length;
  return (
    <>
      <Heading
        title={translate('accord.imports.sample_title')}
        note={
          preview.clients > shown
            ? translate('accord.imports.sample_truncated', {
                shown: number.format(shown),
                total: number.format(preview.clients),
              })
            : undefined
        }
      />
      <TableContainer>
        <Table size="small" aria-label={translate('accord.imports.sample_title')}>
          <TableHead>
            <TableRow>
              <TableCell align="right" sx={{ width: 72 }}>
                {translate('accord.imports.line')}
              </TableCell>
              <TableCell>{translate('accord.imports.fields.fullName')}</TableCell>
              <TableCell>{translate('accord.imports.fields.idNumber')}</TableCell>
              <TableCell align="right">{translate('accord.imports.debt_count')}</TableCell>
              <TableCell align="right">{translate('accord.imports.fields.outstanding')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.sample.map((client) => (
              <TableRow key={client.row}>
                <TableCell align="right" sx={NUMBER_CELL}>
                  {client.row}
                </TableCell>
                <TableCell>{client.fullName}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{client.idNumberMasked}</TableCell>
                <TableCell align="right" sx={NUMBER_CELL}>
                  {number.format(client.debts)}
                </TableCell>
                <TableCell align="right" sx={NUMBER_CELL}>
                  {amountsText(client.outstanding, locale)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
