import { DEFAULT_LOCALE } from '@accord/contracts';
import {
  BooleanInput,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { localeChoices, roleChoices } from '../../common/choices';

/** The API's rule (PASSWORD_MIN_LENGTH), checked here too so the form says so before a round trip. */
const PASSWORD_MIN_LENGTH = 12;

/** The inputs of a person's record, shared by Create and Edit; e-mail is fixed once the account exists. */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    {mode === 'create' ? (
      <TextInput
        source="email"
        type="email"
        autoComplete="off"
        validate={[required(), email(), maxLength(254)]}
      />
    ) : null}
    <TextInput source="fullName" validate={[required(), maxLength(100)]} />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <ReferenceInput source="teamId" reference="teams" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <SelectInput optionText="name" emptyText="accord.users.no_team" />
    </ReferenceInput>
    <SelectInput
      source="locale"
      choices={localeChoices}
      defaultValue={DEFAULT_LOCALE}
      validate={required()}
    />
    {mode === 'edit' ? <BooleanInput source="active" /> : null}
    {mode === 'create' ? (
      <PasswordInput
        source="password"
        autoComplete="new-password"
        helperText="accord.users.password_help"
        validate={[required(), minLength(PASSWORD_MIN_LENGTH)]}
      />
    ) : (
      <PasswordInput
        source="password"
        label="accord.users.reset_password"
        autoComplete="new-password"
        helperText="accord.users.reset_password_help"
        validate={minLength(PASSWORD_MIN_LENGTH)}
      />
    )}
  </>
);
