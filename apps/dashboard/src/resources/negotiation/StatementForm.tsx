import type { Currency } from '@accord/contracts';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  ArrayInput,
  Form,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useGetList,
  useNotify,
  useSimpleFormIterator,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatMoney } from '@accord/domain';
import { MoneyInput } from '../../common/HundredthsInput';
import type { AccordDataProvider } from '../../providers/dataProvider';
import { AffordabilityFigures } from './AffordabilityFigures';
import {
  chosenFloor,
  liveAffordability,
  statementBody,
  type LivingMinimumRecord,
  type StatementFormValues,
} from './statement';
import { useNotifyError } from '../../common/useNotifyError';

const NAME = [required(), maxLength(100)];
const DEPENDANTS = [required(), minValue(0), maxValue(30)];

/** A text button under a list of rows that adds one more (the iterator's own is an unlabelled icon). */
const AddLine = ({ label }: { label: string }) => {
  const { add } = useSimpleFormIterator();
  const translate = useTranslate();
  return (
    <Button size="small" startIcon={<AddIcon />} onClick={() => add()}>
      {translate(label)}
    </Button>
  );
};

/** One list of the statement: a heading, then a name and an amount a month on each row. */
const Lines = ({
  source,
  title,
  add,
  children,
}: {
  source: string;
  title: string;
  add: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      <ArrayInput source={source} label={false} helperText={false}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          addButton={<AddLine label={add} />}
          // The remove button stays in sight: a row added by mistake is taken out without hunting for it.
          sx={{
            '& .RaSimpleFormIterator-line': { borderBottom: 0 },
            '& .RaSimpleFormIterator-action': { visibility: 'visible' },
          }}
        >
          {children}
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
};

/** The live figures beside the form, worked out from what is typed so far. */
const LiveAffordability = ({
  commitBp,
  regions,
}: {
  commitBp: number;
  regions: readonly LivingMinimumRecord[];
}) => (
  <FormDataConsumer<StatementFormValues>>
    {({ formData }) => <LiveCard values={formData} commitBp={commitBp} regions={regions} />}
  </FormDataConsumer>
);

const LiveCard = ({
  values,
  commitBp,
  regions,
}: {
  values: Partial<StatementFormValues>;
  commitBp: number;
  regions: readonly LivingMinimumRecord[];
}) => {
  const translate = useTranslate();
  const floor = chosenFloor(values, regions);
  const figures = liveAffordability(values, commitBp, floor);
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={translate('accord.statements.live_title')}
      data-testid="live-affordability"
      sx={{ position: { md: 'sticky' }, top: { md: 72 } }}
    >
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('accord.statements.live_title')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
          {translate('accord.statements.live_help')}
        </Typography>
        <AffordabilityFigures
          figures={figures}
          commitBp={commitBp}
          currency={values.currency ?? null}
          floor={
            floor
              ? {
                  region: floor.region,
                  perPersonFen: floor.monthlyFenPerPerson,
                  people: 1 + (typeof values.dependants === 'number' ? values.dependants : 0),
                }
              : null
          }
        />
      </CardContent>
    </Card>
  );
};

/** The region whose living minimum floors the spending: only regions in the statement's currency. */
const RegionInput = ({
  currency,
  regions,
}: {
  currency: Currency | null;
  regions: readonly LivingMinimumRecord[];
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const choices = regions
    .filter((r) => r.currency === currency)
    .map((r) => ({
      id: r.id,
      name: translate('accord.statements.region_choice', {
        region: r.region,
        amount: formatMoney(r.monthlyFenPerPerson, r.currency, locale),
        from: r.effectiveFrom,
      }),
    }));
  return (
    <SelectInput
      source="livingMinimumId"
      label="accord.statements.region"
      choices={choices}
      emptyText="accord.statements.region_none"
      helperText="accord.statements.region_help"
      disabled={!currency}
      translateChoice={false}
      sx={{ maxWidth: 420 }}
    />
  );
};

/** The three lists of the statement, their amounts signed with its currency (none until it is chosen). */
const AmountLines = ({ currency }: { currency: Currency | null }) => {
  const translate = useTranslate();
  const amountLabel = translate('accord.statements.amount');
  return (
    <>
      <Lines source="income" title="accord.statements.income" add="accord.statements.add_income">
        <TextInput source="source" label="accord.statements.source" validate={NAME} helperText={false} />
        <MoneyInput
          source="amountFen"
          currency={currency}
          label={amountLabel}
          validate={required()}
          helperText={false}
        />
      </Lines>
      <Lines
        source="essentialSpending"
        title="accord.statements.spending"
        add="accord.statements.add_spending"
      >
        <TextInput source="category" label="accord.statements.category" validate={NAME} helperText={false} />
        <MoneyInput
          source="amountFen"
          currency={currency}
          label={amountLabel}
          validate={required()}
          helperText={false}
        />
      </Lines>
      <Lines source="otherDebts" title="accord.statements.other_debts" add="accord.statements.add_other_debt">
        <TextInput source="lender" label="accord.statements.lender" validate={NAME} helperText={false} />
        <MoneyInput
          source="monthlyPaymentFen"
          currency={currency}
          label={translate('accord.statements.monthly_payment')}
          validate={required()}
          helperText={false}
        />
      </Lines>
    </>
  );
};

interface StatementFormProps {
  caseId: string;
  initial: StatementFormValues;
  /** The currencies the statement may be in: one when the case's debts settle it, else the person picks. */
  choices: readonly Currency[];
  commitBp: number;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * A new financial statement: income by source, essential spending by category, other debts and their
 * monthly payments, dependants. Amounts are typed in the statement's currency (NT$ for a Taiwan client)
 * and sent in hundredths; what the client can pay is worked out beside the form while it is typed.
 */
export const StatementForm = ({
  caseId,
  initial,
  choices,
  commitBp,
  onSaved,
  onCancel,
}: StatementFormProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [saving, setSaving] = useState(false);
  const regions = useGetList<LivingMinimumRecord>('living-minimums', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'region', order: 'ASC' },
  }).data;

  const save = async (values: Partial<StatementFormValues>) => {
    setSaving(true);
    try {
      // Empty lists are values here (no other debts): the body goes whole.
      await dataProvider.create('financial-statements', {
        data: statementBody(caseId, values as StatementFormValues),
        meta: { whole: true },
      });
      notify('accord.statements.saved', { type: 'success' });
      onSaved();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form record={initial} onSubmit={save} noValidate>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={3}
        sx={{ alignItems: { md: 'flex-start' } }}
        component="section"
        aria-label={translate('accord.statements.new_title')}
      >
        <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
          <Box>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {translate('accord.statements.new_title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('accord.statements.new_help')}
            </Typography>
          </Box>
          {choices.length > 1 ? (
            <SelectInput
              source="currency"
              label="accord.statements.currency"
              choices={choices.map((id) => ({ id, name: `accord.debts.currencies.${id}` }))}
              helperText="accord.statements.currency_help"
              validate={required()}
              sx={{ maxWidth: 320 }}
            />
          ) : null}
          <FormDataConsumer<StatementFormValues>>
            {({ formData }) => (
              <>
                <AmountLines currency={formData.currency ?? null} />
                <RegionInput currency={formData.currency ?? null} regions={regions ?? []} />
              </>
            )}
          </FormDataConsumer>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <NumberInput
              source="dependants"
              label="accord.statements.dependants"
              min={0}
              max={30}
              step={1}
              validate={DEPENDANTS}
              helperText={false}
              sx={{ width: { sm: 160 } }}
            />
            <TextInput
              source="notes"
              label="accord.statements.notes"
              multiline
              validate={maxLength(4000)}
              helperText={false}
              sx={{ flex: 1 }}
            />
          </Stack>
          <Stack direction="row" spacing={1}>
            <SaveButton label="accord.statements.save" disabled={saving} />
            <Button onClick={onCancel} disabled={saving}>
              {translate('ra.action.cancel')}
            </Button>
          </Stack>
        </Stack>
        <Box sx={{ width: { md: 340 }, flexShrink: 0 }}>
          <LiveAffordability commitBp={commitBp} regions={regions ?? []} />
        </Box>
      </Stack>
    </Form>
  );
};
