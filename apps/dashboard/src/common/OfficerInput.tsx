import { AutocompleteInput, ReferenceInput, required, type RaRecord } from 'react-admin';

/** Only active officers take work (the API refuses anyone else); a manager's list holds their team alone. */
export const ACTIVE_OFFICERS = { role: 'officer', active: true };

/**
 * Whose client or case it is, chosen by managers and admins (see useCanAssignOfficers). `optionText` may
 * say more of each officer than their name (how many cases they already hold).
 */
export const OfficerInput = ({
  source = 'officerId',
  optionText = 'fullName',
  helperText,
}: {
  source?: string;
  optionText?: string | ((officer: RaRecord) => string);
  helperText?: string;
}) => (
  <ReferenceInput
    source={source}
    reference="users"
    filter={ACTIVE_OFFICERS}
    sort={{ field: 'fullName', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput
      optionText={optionText}
      label="accord.officer"
      validate={required()}
      helperText={helperText}
    />
  </ReferenceInput>
);
