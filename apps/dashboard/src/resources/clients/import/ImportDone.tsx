import { Alert, AlertTitle, Button } from '@mui/material';
import { Link, useCloseNotification, useTranslate } from 'react-admin';
import { useCaseView } from '../../cases/CaseList';
import type { ImportResult } from './client-import';

/** The case list showing the cases an import opens: every one starts in intake. */
const INTAKE_CASES = `/cases?filter=${encodeURIComponent(JSON.stringify({ stage: 'intake' }))}`;

/** A link to the cases in intake, in the table (the board keeps its own filters, not the address's). */
const IntakeCasesButton = ({ onClick }: { onClick?: () => void }) => {
  const translate = useTranslate();
  const [, setView] = useCaseView();
  return (
    <Button
      component={Link}
      to={INTAKE_CASES}
      color="inherit"
      size="small"
      onClick={() => {
        setView('table');
        onClick?.();
      }}
    >
      {translate('accord.imports.view_cases')}
    </Button>
  );
};

const summary = (result: ImportResult) => ({
  clients: result.clients,
  cases: result.cases,
  debts: result.debts,
});

/** What the page shows once the file is in, until another file is chosen. */
export const ImportDone = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  return (
    <Alert severity="success" action={<IntakeCasesButton />} data-testid="import-done">
      <AlertTitle>{translate('accord.imports.done_title')}</AlertTitle>
      {translate('accord.imports.done', summary(result))}
    </Alert>
  );
};

/** The same, as a notification: rendered inside React-admin's, which it closes when the link is followed. */
export const ImportDoneNotice = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Alert
      severity="success"
      variant="filled"
      action={<IntakeCasesButton onClick={close} />}
      sx={{ minWidth: 320 }}
    >
      {translate('accord.imports.done', summary(result))}
    </Alert>
  );
};
