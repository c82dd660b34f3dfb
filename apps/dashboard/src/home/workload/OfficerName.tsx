import { Link, useTranslate } from 'react-admin';
import { useCaseView } from '../../resources/cases/CaseList';
import { officerCasesPath } from './workload-figures';

/** An officer's name leading to the case list filtered to their cases, as a table. */
export const OfficerName = ({ officerId, name }: { officerId: string; name: string }) => {
  const translate = useTranslate();
  const [, setView] = useCaseView();
  return (
    <Link
      to={officerCasesPath(officerId)}
      onClick={() => setView('table')}
      title={translate('accord.workload.table.cases_of', { name })}
      data-testid="officer-cases-link"
    >
      {name}
    </Link>
  );
};
