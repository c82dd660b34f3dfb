import { Button, Dialog, DialogActions, DialogContent, DialogTitle, type ButtonProps } from '@mui/material';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import {
  Form,
  SaveButton,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import type { AccordDataProvider } from '../providers/dataProvider';
import { useNotifyError } from './useNotifyError';

/** The one change a CommandDialog sends about one record. */
export type RecordCommand =
  /** `POST /<resource>/:id/<action>`: a case's move or reassignment, a proposal's acceptance. */
  | { resource: string; id: Identifier; action: string; data?: unknown }
  /** A change of the record's own fields, sent with the version read: a proposal's answer, a debt's exclusion. */
  | { resource: string; id: Identifier; update: Partial<RaRecord>; previousData: RaRecord };

interface CommandDialogProps {
  title: string;
  onClose: () => void;
  /**
   * The change to send, from the values of the form's React-admin inputs; fields the caller keeps in its
   * own state need not read them.
   */
  command: (values: Record<string, unknown>) => RecordCommand;
  /** The message key notified once the API has said yes, and its arguments. */
  success: string;
  successArgs?: Record<string, unknown>;
  /**
   * The confirming button: its label (a message key) and colour. With an icon it is React-admin's save
   * button, which shows the icon and, while the request runs, its progress in the icon's place.
   */
  confirm: { label: string; color?: ButtonProps['color']; icon?: ReactElement };
  /** Whether what was typed can be sent yet; React-admin inputs check themselves when it is sent. */
  ready?: boolean;
  /**
   * Where a refusal is said (its message is already in the reader's language): as a notification, or in
   * the dialog by the fields (`children` as a function of the refusal, cleared when sent again), or both.
   */
  showRefusal?: 'notification' | 'dialog' | 'both';
  /** Anything else a refusal calls for, e.g. asking again what the policy allows. */
  onRefused?: (error: unknown) => void;
  /** After success, instead of refreshing the page: a view that reloads what it shows itself. */
  onDone?: () => void;
  /** Starting values of React-admin inputs, and the resource whose field labels they take. */
  record?: Partial<RaRecord>;
  resource?: string;
  /** For a dialog kept mounted and opened by its caller (it then fades out as it closes). */
  open?: boolean;
  children: ReactNode | ((refusal: unknown) => ReactNode);
}

// Without one, the form would take the page's record as its values.
const NO_RECORD = {};

/**
 * A dialog that sends one change about a record, from a small form: it sends it once (Cancel and Escape
 * wait for the answer), notifies success, refreshes the page (or calls `onDone`) and closes; a refusal
 * keeps it open.
 */
export const CommandDialog = ({
  title,
  onClose,
  command,
  success,
  successArgs,
  confirm,
  ready = true,
  showRefusal = 'notification',
  onRefused,
  onDone,
  record = NO_RECORD,
  resource,
  open = true,
  children,
}: CommandDialogProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);

  const submit = async (values: Record<string, unknown>) => {
    if (!ready || pending) return;
    setPending(true);
    setRefusal(null);
    try {
      await send(dataProvider, command(values));
      notify(success, { type: 'success', messageArgs: successArgs });
      if (onDone) onDone();
      else refresh();
      onClose();
    } catch (error) {
      if (showRefusal !== 'dialog') notifyError(error);
      if (showRefusal !== 'notification') setRefusal(error);
      onRefused?.(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      {/* The title sits in the form, next to the content: MUI then leaves no gap above the fields. */}
      <Form onSubmit={submit} record={record} resource={resource} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{typeof children === 'function' ? children(refusal) : children}</DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('ra.action.cancel')}
          </Button>
          {confirm.icon ? (
            <SaveButton
              label={confirm.label}
              icon={confirm.icon}
              color={confirm.color}
              alwaysEnable={ready}
              disabled={!ready}
            />
          ) : (
            <Button type="submit" variant="contained" color={confirm.color} disabled={!ready || pending}>
              {translate(confirm.label)}
            </Button>
          )}
        </DialogActions>
      </Form>
    </Dialog>
  );
};

function send(dataProvider: AccordDataProvider, command: RecordCommand) {
  const { resource, id } = command;
  return 'action' in command
    ? dataProvider.command(resource, { id, action: command.action, data: command.data })
    : dataProvider.update(resource, { id, data: command.update, previousData: command.previousData });
}
