import { AutocompleteInput, ReferenceInput, required } from 'react-admin';

/** Only active officers take work (the API refuses anyone else); a manager's list holds their team alone. */
export const ACTIVE_OFFICERS = { role: 'officer', active: true };

/** Whose client or case it is, chosen by managers and admins (see useCanAssignOfficers). */
export const OfficerInput = ({ source = 'officerId' }: { source?: string }) => (
  <ReferenceInput
    source={source}
    reference="users"
    filter={ACTIVE_OFFICERS}
    sort={{ field: 'fullName', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput optionText="fullName" label="accord.officer" validate={required()} />
  </ReferenceInput>
);
