import { COURT_MATTER_KINDS, DEBTOR_PROCEDURE_KINDS, type CourtMatterKind } from '@accord/contracts';
import { DialogContent, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  CheckboxGroupInput,
  DateInput,
  Form,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { firmToday } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { MoneyInput } from '../../common/HundredthsInput';
import { answer, useApi } from '../../providers/api';
import type { DebtRecord } from '../debts/debt';
import { debtName } from '../negotiation/debt-names';
import type { CourtMatter } from './court';
import { RefusalAlert, useCourtSend } from './useCourtSend';

const field = (name: string) => `accord.court.fields.${name}`;

/** The claim is in the currency of the debts it is about (the API refuses debts in two). */
const ClaimedInput = ({ debts }: { debts: readonly DebtRecord[] }) => {
  const chosen = (useWatch({ name: 'debtIds' }) as string[] | undefined) ?? [];
  const currency = debts.find((d) => chosen.includes(d.id))?.currency ?? null;
  return (
    <MoneyInput source="claimedFen" label={field('claimedFen')} currency={currency} validate={minValue(0)} />
  );
};

const KindInput = () => {
  const kind = useWatch({ name: 'kind' }) as CourtMatterKind | undefined;
  return (
    <SelectInput
      source="kind"
      label={field('kind')}
      choices={COURT_MATTER_KINDS.map((id) => ({ id, name: `accord.court.matter_kinds.${id}` }))}
      validate={required()}
      helperText={
        kind && DEBTOR_PROCEDURE_KINDS.includes(kind) ? 'accord.court.matters.debtor_procedure_help' : false
      }
    />
  );
};

/** A court matter on the case: what it is, where, who brought it, for how much, about which debts. */
export const AddMatterDialog = ({
  caseId,
  debts,
  onClose,
  onDone,
}: {
  caseId: string;
  debts: readonly DebtRecord[];
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const api = useApi();
  const { refusal, send } = useCourtSend('accord.court.matters.saved', () => {
    onDone();
    onClose();
  });
  const choices = debts.map((d) => ({ id: d.id, name: debtName(d) }));
  const save = (values: Record<string, unknown>) =>
    send(async () =>
      answer(
        await api.POST('/api/court-matters', {
          body: {
            caseId,
            kind: values.kind as CourtMatterKind,
            court: String(values.court ?? ''),
            caseNumber: (values.caseNumber as string) || null,
            claimant: (values.claimant as string) || null,
            claimedFen: typeof values.claimedFen === 'number' ? values.claimedFen : null,
            debtIds: (values.debtIds as string[] | undefined) ?? [],
            note: (values.note as string) || null,
          },
        }),
      ),
    );
  return (
    <FormDialog open title={translate('accord.court.matters.add')} onClose={onClose}>
      <Form
        record={{ kind: 'lawsuit', debtIds: debts.length === 1 ? [debts[0].id] : [] }}
        onSubmit={save}
        noValidate
      >
        <DialogContent>
          <RefusalAlert refusal={refusal} />
          <Stack>
            <KindInput />
            <TextInput source="court" label={field('court')} validate={[required(), maxLength(200)]} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextInput source="caseNumber" label={field('caseNumber')} validate={maxLength(100)} />
              <TextInput source="claimant" label={field('claimant')} validate={maxLength(200)} />
            </Stack>
            <CheckboxGroupInput
              source="debtIds"
              label={field('debtIds')}
              choices={choices}
              translateChoice={false}
              row={false}
              validate={required()}
            />
            <ClaimedInput debts={debts} />
            <TextInput source="note" label={field('note')} multiline validate={maxLength(2000)} />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} label="accord.court.matters.add" />
      </Form>
    </FormDialog>
  );
};

/** Decided with nothing pending at court: the matter stops counting as open (and as a sued debt). */
export const ConcludeMatterDialog = ({
  matter,
  onClose,
  onDone,
}: {
  matter: CourtMatter;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const api = useApi();
  const { refusal, send } = useCourtSend('accord.court.concluded_saved', () => {
    onDone();
    onClose();
  });
  const save = (values: Record<string, unknown>) =>
    send(async () =>
      answer(
        await api.PATCH('/api/court-matters/{id}', {
          params: { path: { id: matter.id } },
          body: { version: matter.version, status: 'concluded', concludedOn: String(values.concludedOn) },
        }),
      ),
    );
  return (
    <FormDialog open title={translate('accord.court.conclude')} onClose={onClose}>
      <Form record={{ concludedOn: firmToday() }} onSubmit={save} noValidate>
        <DialogContent>
          <RefusalAlert refusal={refusal} />
          <DateInput
            source="concludedOn"
            label={field('concludedOn')}
            helperText="accord.court.conclude_help"
            validate={required()}
          />
        </DialogContent>
        <DialogButtons onClose={onClose} ready label="accord.court.conclude" />
      </Form>
    </FormDialog>
  );
};
