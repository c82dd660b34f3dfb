import { CASE_STAGES, LITIGATION_RISKS, OVERDUE_BUCKETS } from '@accord/contracts';
import BalanceIcon from '@mui/icons-material/BalanceOutlined';
import TimelapseIcon from '@mui/icons-material/TimelapseOutlined';
import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined';
import { Card, CardContent } from '@mui/material';
import {
  AutocompleteInput,
  FilterList,
  FilterListItem,
  ReferenceInput,
  SavedQueriesList,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { litigationRiskChoices, overdueBucketChoices } from '../../common/choices';
import { ACTIVE_OFFICERS } from '../../common/OfficerInput';
import type { Translate } from '../../providers/api-client';

/**
 * The filters above the cases: text (reference or client name), creditor, and the officer for those who
 * may see other officers' work. The board also filters by days overdue and risk there, having no sidebar.
 */
export function caseFilters({
  withOfficer,
  board,
  translate,
}: {
  withOfficer: boolean;
  board: boolean;
  translate: Translate;
}) {
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('accord.cases.search')} />,
    ...(withOfficer
      ? [
          <ReferenceInput
            key="officerId"
            source="officerId"
            reference="users"
            filter={ACTIVE_OFFICERS}
            sort={{ field: 'fullName', order: 'ASC' }}
            perPage={100}
            alwaysOn
          >
            <AutocompleteInput optionText="fullName" label="accord.officer" />
          </ReferenceInput>,
        ]
      : []),
    <ReferenceInput
      key="creditorId"
      source="creditorId"
      reference="creditors"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      alwaysOn
    >
      <AutocompleteInput optionText="name" label="accord.cases.creditor" />
    </ReferenceInput>,
    ...(board
      ? [
          <SelectInput
            key="overdueBucket"
            source="overdueBucket"
            choices={overdueBucketChoices}
            label="accord.cases.overdue_bucket"
            alwaysOn
          />,
          <SelectInput
            key="litigationRisk"
            source="litigationRisk"
            choices={litigationRiskChoices}
            alwaysOn
          />,
        ]
      : []),
  ];
}

/**
 * The table's sidebar: saved queries first (an officer's own views of their caseload, kept on this device),
 * then one-click filters by stage, days overdue and litigation risk.
 */
export const CaseFilterSidebar = () => (
  <Card sx={{ order: -1, mr: 2, mt: 2, width: 210, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
    <CardContent sx={{ pt: 1 }}>
      <SavedQueriesList />
      <FilterList label="resources.cases.fields.stage" icon={<ViewColumnIcon />}>
        {CASE_STAGES.map((stage) => (
          <FilterListItem key={stage} label={`accord.stages.${stage}`} value={{ stage }} />
        ))}
      </FilterList>
      <FilterList label="accord.cases.overdue_bucket" icon={<TimelapseIcon />}>
        {OVERDUE_BUCKETS.map((bucket) => (
          <FilterListItem
            key={bucket}
            label={`accord.overdue_buckets.${bucket}`}
            value={{ overdueBucket: bucket }}
          />
        ))}
      </FilterList>
      <FilterList label="resources.cases.fields.litigationRisk" icon={<BalanceIcon />}>
        {LITIGATION_RISKS.map((risk) => (
          <FilterListItem
            key={risk}
            label={`accord.litigation_risks.${risk}`}
            value={{ litigationRisk: risk }}
          />
        ))}
      </FilterList>
    </CardContent>
  </Card>
);
