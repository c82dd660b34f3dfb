import { CREDITOR_DEMAND_KINDS, type CreditorDemandKind } from '@accord/contracts';
import { DialogContent, Stack } from '@mui/material';
import { DateInput, Form, SelectInput, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { firmToday } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { answer, useApi } from '../../providers/api';
import { RefusalAlert, useCourtSend } from './useCourtSend';

const field = (name: string) => `accord.court.fields.${name}`;

/**
 * A collection notice or other demand the client received, or the client's acknowledgement of a debt:
 * each interrupts the limitation period, and the notices count toward Art. 196 on a card.
 */
export const DemandDialog = ({
  debts,
  onClose,
  onDone,
}: {
  debts: { id: string; name: string }[];
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const api = useApi();
  const { refusal, send } = useCourtSend('accord.court.demands.saved', () => {
    onDone();
    onClose();
  });
  const save = (values: Record<string, unknown>) =>
    send(async () =>
      answer(
        await api.POST('/api/creditor-demands', {
          body: {
            debtId: String(values.debtId),
            kind: values.kind as CreditorDemandKind,
            receivedOn: String(values.receivedOn),
            note: String(values.note ?? '').trim() || null,
          },
        }),
      ),
    );
  return (
    <FormDialog open title={translate('accord.court.demands.add')} onClose={onClose}>
      <Form
        record={{
          debtId: debts.length === 1 ? debts[0].id : undefined,
          kind: 'collection_notice',
          receivedOn: firmToday(),
        }}
        onSubmit={save}
        noValidate
      >
        <DialogContent>
          <RefusalAlert refusal={refusal} />
          <Stack>
            <SelectInput
              source="debtId"
              label={field('debtId')}
              choices={debts}
              translateChoice={false}
              validate={required()}
            />
            <SelectInput
              source="kind"
              label={field('kind')}
              choices={CREDITOR_DEMAND_KINDS.map((id) => ({ id, name: `accord.court.demand_kinds.${id}` }))}
              validate={required()}
            />
            <DateInput source="receivedOn" label={field('receivedOn')} validate={required()} />
            <TextInput source="note" label={field('note')} multiline validate={maxLength(2000)} />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} ready label="accord.court.demands.add" />
      </Form>
    </FormDialog>
  );
};
