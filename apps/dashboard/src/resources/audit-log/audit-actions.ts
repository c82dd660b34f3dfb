import { accordEn } from '../../i18n/accord/en';

/**
 * The actions the API records, as `group.name`, taken from the messages that name them so every filter
 * choice has a label. An action recorded without a message still lists, under its raw name.
 */
export const AUDIT_ACTIONS: string[] = Object.entries(accordEn.accord.audit.actions).flatMap(
  ([group, names]) => Object.keys(names).map((name) => `${group}.${name}`),
);

export const actionChoices = AUDIT_ACTIONS.map((action) => ({
  id: action,
  name: `accord.audit.actions.${action}`,
}));
