import TableRowsIcon from '@mui/icons-material/TableRowsOutlined';
import ViewKanbanIcon from '@mui/icons-material/ViewKanbanOutlined';
import { ToggleButton, ToggleButtonGroup, Tooltip } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  TextField,
  TopToolbar,
  useStore,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../common/CalendarDateField';
import { CaseAmountsField } from '../../common/MoneyField';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';
import { BulkReassignButton } from './BulkReassignButton';
import type { CaseListRecord } from './case';
import { CaseBoard } from './CaseBoard';
import { CaseExportButton } from './CaseExportButton';
import { LitigationRiskField, StageField } from './CaseFields';
import { CaseFilterSidebar, caseFilters } from './CaseFilters';

type CaseView = 'table' | 'board';

/** Whether the cases show as a table or a board, remembered on this device. */
export const useCaseView = () => useStore<CaseView>('cases.view', 'table');

/** The board holds every case the filters let through, up to the API's largest page. */
const BOARD_SIZE = 200;

const ViewToggle = () => {
  const translate = useTranslate();
  const [view, setView] = useCaseView();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={view}
      onChange={(_, next: CaseView | null) => next && setView(next)}
      aria-label={translate('accord.cases.view')}
    >
      <Tooltip title={translate('accord.cases.view_table')}>
        <ToggleButton value="table" aria-label={translate('accord.cases.view_table')}>
          <TableRowsIcon fontSize="small" />
        </ToggleButton>
      </Tooltip>
      <Tooltip title={translate('accord.cases.view_board')}>
        <ToggleButton value="board" aria-label={translate('accord.cases.view_board')}>
          <ViewKanbanIcon fontSize="small" />
        </ToggleButton>
      </Tooltip>
    </ToggleButtonGroup>
  );
};

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <FilterButton />
    <ViewToggle />
    <CaseExportButton />
    <CreateButton />
  </TopToolbar>
);

/**
 * The cases as a table (sortable, with saved queries in the sidebar) or as a board by stage. Each view keeps
 * its own filters: the board's page size would not suit the table, nor the table's page the board.
 */
export const CaseList = () => {
  const [view] = useCaseView();
  const withOfficer = useCanAssignOfficers();
  const translate = useTranslate();
  if (view === 'board') {
    return (
      <List
        storeKey="cases.board"
        disableSyncWithLocation
        filters={caseFilters({ withOfficer, board: true, translate })}
        sort={{ field: 'lastActivityAt', order: 'DESC' }}
        perPage={BOARD_SIZE}
        pagination={false}
        actions={<Actions />}
        sx={{ '& .RaList-content': { bgcolor: 'transparent', border: 'none' } }}
      >
        <CaseBoard />
      </List>
    );
  }
  return (
    <List
      filters={caseFilters({ withOfficer, board: false, translate })}
      aside={<CaseFilterSidebar />}
      sort={{ field: 'lastActivityAt', order: 'DESC' }}
      perPage={25}
      actions={<Actions />}
    >
      <DataTable rowClick="show" bulkActionButtons={withOfficer ? <BulkReassignButton /> : false}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="clientName" disableSort field={TextField} />
        {withOfficer ? <DataTable.Col source="officerName" disableSort field={TextField} /> : null}
        <DataTable.Col source="stage" disableSort field={StageField} />
        {/* The API sorts by the earliest missed date, which orders days overdue the other way round: the
            first click (ascending dates) shows the most days overdue first. */}
        <DataTable.Col
          source="earliestOverdueSince"
          label="resources.cases.fields.maxDaysOverdue"
          sortByOrder="ASC"
          align="right"
          render={(record: CaseListRecord) => record.maxDaysOverdue}
        />
        {/* What is owed per currency; the API sorts by the yuan owed, then the Taiwan dollars, never a sum. */}
        <DataTable.Col source="totalOutstandingFen" field={CaseAmountsField} sortByOrder="DESC" />
        <DataTable.Col source="litigationRisk" disableSort field={LitigationRiskField} />
        <DataTable.Col source="openedOn" field={CalendarDateField} sortByOrder="DESC" />
      </DataTable>
    </List>
  );
};
