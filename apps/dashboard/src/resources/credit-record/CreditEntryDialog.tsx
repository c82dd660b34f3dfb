import {
  CREDIT_ENTRY_STATUSES,
  CREDITOR_PRODUCTS,
  CURRENCY_OF_MARKET,
  MARKETS,
  type Market,
} from '@accord/contracts';
import { DialogContent, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  DateInput,
  Form,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  regex,
  required,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { MoneyInput } from '../../common/HundredthsInput';
import { useNotifyError } from '../../common/useNotifyError';
import { answer, useApi, type Schema } from '../../providers/api';

type Entry = Schema<'CreditEntryView'>;
type Rule = Schema<'CreditDisplayRuleView'>;

const LAST4 = [regex(/^[0-9]{4}$/, 'accord.credit_record.fields.accountLast4')];

/** The display rule select, for a Taiwan entry only: its periods are the agency's, kept as data. */
const RuleInput = ({ rules }: { rules: Rule[] }) => {
  const market = useWatch({ name: 'market' }) as Market | undefined;
  const [locale] = useLocaleState();
  if (market !== 'TW') return null;
  return (
    <SelectInput
      source="displayRuleCode"
      label="accord.credit_record.fields.displayRuleCode"
      choices={rules
        .filter((r) => r.market === 'TW')
        .map((r) => ({ id: r.code, name: r.labels[locale as keyof Rule['labels']] ?? r.labels.en }))}
      validate={required()}
    />
  );
};

const AmountInput = () => {
  const market = useWatch({ name: 'market' }) as Market | undefined;
  return (
    <MoneyInput
      source="overdueFen"
      label="accord.credit_record.fields.overdueFen"
      currency={market ? CURRENCY_OF_MARKET[market] : null}
      validate={[required(), minValue(0)]}
    />
  );
};

/** An account as the client's credit report shows it: added, or corrected as read. */
export const CreditEntryDialog = ({
  caseId,
  entry,
  rules,
  debts,
  files,
  onClose,
  onSaved,
}: {
  caseId: string;
  entry: Entry | null;
  rules: Rule[];
  debts: { id: string; name: string }[];
  files: { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const field = (name: string) => `accord.credit_record.fields.${name}`;

  const save = async (values: Record<string, unknown>) => {
    const body = {
      debtId: (values.debtId as string) || null,
      reportFileId: (values.reportFileId as string) || null,
      institution: String(values.institution ?? ''),
      accountLast4: (values.accountLast4 as string) || null,
      product: values.product as Entry['product'],
      status: values.status as Entry['status'],
      overdueFen: Number(values.overdueFen),
      defaultStartedOn: (values.defaultStartedOn as string) || null,
      repaidOn: (values.repaidOn as string) || null,
      displayRuleCode: values.market === 'TW' ? ((values.displayRuleCode as string) ?? null) : null,
      note: (values.note as string) || null,
    };
    try {
      if (entry)
        answer(
          await api.PATCH('/api/credit-report-entries/{id}', {
            params: { path: { id: entry.id } },
            body: { ...body, version: entry.version },
          }),
        );
      else
        answer(
          await api.POST('/api/credit-report-entries', {
            body: { ...body, caseId, market: values.market as Market },
          }),
        );
      notify('accord.credit_record.saved', { type: 'success' });
      onSaved();
      onClose();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <FormDialog
      open
      title={translate(entry ? 'accord.credit_record.edit' : 'accord.credit_record.add')}
      onClose={onClose}
    >
      <Form
        record={entry ?? { market: 'CN', status: 'overdue', product: 'credit_card' }}
        onSubmit={save}
        noValidate
      >
        <DialogContent>
          <Stack>
            <SelectInput
              source="market"
              label={field('market')}
              choices={MARKETS.map((id) => ({ id, name: `accord.credit_record.markets.${id}` }))}
              validate={required()}
              readOnly={entry !== null}
            />
            <TextInput
              source="institution"
              label={field('institution')}
              validate={[required(), maxLength(100)]}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextInput source="accountLast4" label={field('accountLast4')} validate={LAST4} />
              <SelectInput
                source="product"
                label={field('product')}
                choices={CREDITOR_PRODUCTS.map((id) => ({ id, name: `accord.products.${id}` }))}
                validate={required()}
              />
            </Stack>
            <SelectInput
              source="status"
              label={field('status')}
              choices={CREDIT_ENTRY_STATUSES.map((id) => ({
                id,
                name: `accord.credit_record.statuses.${id}`,
              }))}
              validate={required()}
            />
            <AmountInput />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <DateInput source="defaultStartedOn" label={field('defaultStartedOn')} />
              <DateInput source="repaidOn" label={field('repaidOn')} />
            </Stack>
            <RuleInput rules={rules} />
            {debts.length ? <SelectInput source="debtId" label={field('debtId')} choices={debts} /> : null}
            {files.length ? (
              <SelectInput source="reportFileId" label={field('reportFileId')} choices={files} />
            ) : null}
            <TextInput source="note" label={field('note')} multiline />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} />
      </Form>
    </FormDialog>
  );
};
