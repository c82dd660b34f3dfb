import { ReferenceInput, SelectInput, TextInput, maxLength, required } from 'react-admin';

// Only active managers may lead a team (the API refuses anyone else with INVALID_TEAM_MANAGER).
const MANAGER_FILTER = { role: 'manager', active: true };

export const TeamInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <ReferenceInput
      source="managerId"
      reference="users"
      filter={MANAGER_FILTER}
      sort={{ field: 'fullName', order: 'ASC' }}
      perPage={100}
    >
      <SelectInput optionText="fullName" emptyText="accord.teams.no_manager" />
    </ReferenceInput>
  </>
);
