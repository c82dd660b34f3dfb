import { Button, Dialog, DialogActions, DialogTitle, type DialogProps } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { SaveButton, useTranslate } from 'react-admin';

/** A dialog around one form, named by its title for screen readers (and for tests). */
export const FormDialog = ({
  title,
  onClose,
  children,
  ...rest
}: { title: string; onClose: () => void; children: ReactNode } & Omit<DialogProps, 'title' | 'children'>) => {
  const titleId = useId();
  return (
    <Dialog onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" {...rest}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {children}
    </Dialog>
  );
};

/**
 * Cancel and the form's save button, at the foot of a FormDialog. The button waits for a change, unless
 * `ready`: a form whose starting values are already worth saving (a suggested plan, a payment of what
 * is due).
 */
export const DialogButtons = ({
  onClose,
  label,
  ready = false,
}: {
  onClose: () => void;
  label?: string;
  ready?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <DialogActions>
      <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
      <SaveButton label={label} alwaysEnable={ready || undefined} />
    </DialogActions>
  );
};
