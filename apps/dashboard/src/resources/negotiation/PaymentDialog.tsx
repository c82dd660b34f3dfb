import AttachFileIcon from '@mui/icons-material/AttachFileOutlined';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, DialogContent, IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DateInput,
  Form,
  FormDataConsumer,
  maxLength,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { payeeKindChoices, paymentMethodChoices } from '../../common/choices';
import { checkDocumentFile, DOCUMENT_FILE_ACCEPT } from '../../common/document-files';
import { firmToday } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { MoneyInput } from '../../common/HundredthsInput';
import { answer, useApi } from '../../providers/api';
import type { AccordDataProvider } from '../../providers/dataProvider';
import { readUploadRefusal } from '../documents/document';
import {
  owedFen,
  recordedPayment,
  type InstallmentState,
  type PaymentBody,
  type PlanState,
} from './repayment';
import { useNotifyError } from '../../common/useNotifyError';

/** The API refuses a payment dated after today on the firm's calendar (PAYMENT_IN_FUTURE): say so first. */
const notFuture: Validator = (value: unknown) =>
  typeof value === 'string' && value > firmToday() ? 'accord.repayment.paid_in_future' : undefined;
const positive: Validator = (value: unknown) =>
  typeof value === 'number' && value <= 0 ? 'accord.repayment.amount_positive' : undefined;

interface PaymentDialogProps {
  plan: PlanState;
  installment: InstallmentState;
  creditor: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Records a payment towards the next installment: what it still needs, paid today, unless changed. More
 * rolls forward to the next installments (the API's rule). A receipt or screenshot may go with it; it is
 * sent once the payment is recorded.
 */
export const PaymentDialog = ({ plan, installment, creditor, onClose, onDone }: PaymentDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [proof, setProof] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Read once: the form starts over whenever its starting values change.
  const [defaults] = useState((): Partial<PaymentBody> => ({
    amountFen: owedFen(installment),
    paidOn: firmToday(),
    method: 'bank_transfer',
    // Repayments go to the creditor's own account: the creditor's name is where the officer starts.
    payeeKind: 'creditor_account',
    payeeName: creditor,
  }));

  const choose = (file: File | undefined) => {
    if (!file) return;
    const refused = checkDocumentFile(file);
    setProblem(refused ? translate(`accord.documents.file_problems.${refused}`) : null);
    setProof(refused ? null : file);
  };

  const save = async (values: Partial<PaymentBody>) => {
    setSaving(true);
    try {
      await record(values);
    } finally {
      setSaving(false);
    }
  };

  const record = async (values: Partial<PaymentBody>) => {
    const { amountFen, paidOn, method, payeeKind } = values;
    const reference = values.reference?.trim();
    const payeeName = values.payeeName?.trim();
    const payeeAccount = values.payeeAccount?.trim();
    // The inputs require all of these: a form that lacks one is not submitted.
    if (
      amountFen === undefined ||
      paidOn === undefined ||
      method === undefined ||
      payeeKind === undefined ||
      payeeName === undefined
    )
      return;
    let after: PlanState;
    try {
      after = answer(
        await api.POST('/api/installments/{id}/payments', {
          params: { path: { id: installment.id } },
          body: {
            amountFen,
            paidOn,
            method,
            ...(reference ? { reference } : {}),
            payeeKind,
            payeeName,
            ...(payeeAccount ? { payeeAccount } : {}),
          },
        }),
      );
    } catch (error) {
      notifyError(error);
      return;
    }
    if (proof) {
      const payment = recordedPayment(plan, after);
      try {
        if (!payment) throw new Error(translate('ra.notification.http_error'));
        await dataProvider.attachFile('payments', {
          id: payment.id,
          action: 'proofs',
          file: proof,
          filename: proof.name,
        });
        notify('accord.repayment.proof_uploaded', { type: 'success', messageArgs: { name: proof.name } });
      } catch (error) {
        // The payment stands: only its proof is missing, and the officer is told which.
        const refusal = readUploadRefusal(error, translate('ra.notification.http_error'));
        const reason =
          refusal.kind === 'too_large'
            ? translate('accord.documents.file_problems.too_large')
            : refusal.kind === 'duplicate'
              ? translate('accord.errors.DUPLICATE_FILE')
              : refusal.message;
        notify('accord.repayment.proof_failed', { type: 'warning', messageArgs: { reason } });
      }
    } else {
      notify('accord.repayment.recorded', { type: 'success' });
    }
    onDone();
    onClose();
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      title={translate('accord.repayment.record_title', { number: installment.number, creditor })}
    >
      <Form record={defaults} onSubmit={save}>
        <DialogContent>
          <Stack spacing={1}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <MoneyInput
                source="amountFen"
                label={translate('accord.repayment.columns.amount')}
                validate={[required(), positive]}
                helperText="accord.repayment.amount_help"
              />
              <DateInput
                source="paidOn"
                label="accord.repayment.columns.paid_on"
                validate={[required(), notFuture]}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SelectInput
                source="method"
                label="accord.repayment.columns.method"
                choices={paymentMethodChoices}
                validate={required()}
                sx={{ flex: 1 }}
              />
              <TextInput
                source="reference"
                label="accord.repayment.columns.reference"
                validate={maxLength(200)}
                sx={{ flex: 1 }}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SelectInput
                source="payeeKind"
                label="accord.repayment.columns.payee_kind"
                choices={payeeKindChoices}
                validate={required()}
                sx={{ flex: 1 }}
              />
              <TextInput
                source="payeeName"
                label="accord.repayment.columns.payee"
                validate={[required(), maxLength(200)]}
                sx={{ flex: 1 }}
              />
              <TextInput
                source="payeeAccount"
                label="accord.repayment.columns.payee_account"
                validate={maxLength(100)}
                sx={{ flex: 1 }}
              />
            </Stack>
            <FormDataConsumer<Partial<PaymentBody>>>
              {({ formData }) =>
                formData.payeeKind === 'someone_else' ? (
                  <Alert severity="error" role="alert" data-testid="payee-warning">
                    {translate('accord.case_policy.PAYEE_NOT_CREDITOR')}
                  </Alert>
                ) : null
              }
            </FormDataConsumer>
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {translate('accord.repayment.proof')}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
                <Button component="label" size="small" variant="outlined" startIcon={<AttachFileIcon />}>
                  {translate('accord.repayment.proof_choose')}
                  <input
                    hidden
                    type="file"
                    accept={DOCUMENT_FILE_ACCEPT}
                    aria-label={translate('accord.repayment.proof')}
                    onChange={(event) => {
                      const chosen = event.target.files?.[0];
                      event.target.value = '';
                      choose(chosen);
                    }}
                  />
                </Button>
                {proof ? (
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
                    <Typography variant="body2" noWrap title={proof.name} data-testid="proof-name">
                      {proof.name}
                    </Typography>
                    <IconButton
                      size="small"
                      aria-label={translate('accord.repayment.proof_remove')}
                      onClick={() => setProof(null)}
                    >
                      <CloseIcon fontSize="small" />
                    </IconButton>
                  </Stack>
                ) : null}
              </Stack>
              <Typography variant="caption" color="text.secondary">
                {translate('accord.repayment.proof_help')}
              </Typography>
              {problem ? (
                <Alert severity="error" role="alert" sx={{ mt: 1 }} onClose={() => setProblem(null)}>
                  {problem}
                </Alert>
              ) : null}
            </Box>
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} label="accord.repayment.record_payment" ready={!saving} />
      </Form>
    </FormDialog>
  );
};
