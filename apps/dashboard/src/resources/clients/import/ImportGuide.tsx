import {
  Box,
  Card,
  CardContent,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { CreditorRecord } from '../../creditors/CreditorFields';
import { IMPORT_COLUMNS } from './client-import';

/** Columns someone must fill in stand out; optional ones say so quietly. */
const Need = ({ need }: { need: (typeof IMPORT_COLUMNS)[number]['need'] }) => {
  const translate = useTranslate();
  if (need === 'optional') {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.imports.guide.optional')}
      </Typography>
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      color={need === 'required' ? 'primary' : 'warning'}
      label={translate(
        need === 'required' ? 'accord.imports.guide.required' : 'accord.imports.guide.required_for_managers',
      )}
    />
  );
};

/** The creditor names a file may use, as the catalogue spells them (the API matches them exactly). */
const useCatalogueNames = (): string[] => {
  const { data } = useGetList<CreditorRecord>('creditors', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: { active: true },
  });
  return [...new Set((data ?? []).map((creditor) => creditor.name))];
};

/** How to lay out the file: what a row is, the format, and each column with the headers it may carry. */
export const ImportGuide = () => {
  const translate = useTranslate();
  const creditors = useCatalogueNames();
  return (
    <Card component="section" aria-labelledby="import-guide-title">
      <CardContent sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" id="import-guide-title">
          {translate('accord.imports.guide.title')}
        </Typography>
        <Box component="ul" sx={{ pl: 3, my: 1, '& li': { mb: 0.5, lineHeight: 1.7 } }}>
          <li>{translate('accord.imports.guide.one_row_per_debt')}</li>
          <li>{translate('accord.imports.guide.format')}</li>
          <li>{translate('accord.imports.guide.all_or_nothing')}</li>
        </Box>
        <TableContainer sx={{ mt: 2 }}>
          <Table size="small" aria-labelledby="import-guide-title">
            <TableHead>
              <TableRow>
                <TableCell>{translate('accord.imports.guide.column')}</TableCell>
                <TableCell>{translate('accord.imports.guide.headers')}</TableCell>
                <TableCell>{translate('accord.imports.guide.need')}</TableCell>
                <TableCell>{translate('accord.imports.guide.notes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {IMPORT_COLUMNS.map(({ field, headers, need }) => (
                <TableRow key={field}>
                  <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {translate(`accord.imports.fields.${field}`)}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top', minWidth: 220, whiteSpace: 'normal' }}>
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                      {headers.map((header) => (
                        <Box
                          key={header}
                          component="code"
                          sx={{
                            px: 0.75,
                            py: 0.25,
                            borderRadius: 0.5,
                            bgcolor: 'action.hover',
                            fontSize: '0.8125rem',
                          }}
                        >
                          {header}
                        </Box>
                      ))}
                    </Box>
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    <Need need={need} />
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'normal', minWidth: 280 }}>
                    {translate(`accord.imports.guide.notes_by_field.${field}`)}
                    {field === 'creditor' && creditors.length > 0 ? (
                      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                        {translate('accord.imports.guide.catalogue', {
                          names: creditors.join(translate('accord.list_separator')),
                        })}
                      </Typography>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </CardContent>
    </Card>
  );
};
