import { COURT_DEADLINE_OUTCOMES, type CourtDeadlineOutcome } from '@accord/contracts';
import { DialogContent, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  DateInput,
  Form,
  RadioButtonGroupInput,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { firmToday, formatCalendarDate } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { answer, useApi } from '../../providers/api';
import type { CourtEvent } from './court';
import { RefusalAlert, useCourtSend } from './useCourtSend';

const field = (name: string) => `accord.court.fields.${name}`;

/** A deadline on another day than worked out (the court's notice says so): the day and why. */
export const MoveDeadlineDialog = ({
  deadline,
  onClose,
  onDone,
}: {
  deadline: CourtEvent;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { refusal, send } = useCourtSend('accord.court.moved_saved', () => {
    onDone();
    onClose();
  });
  const save = (values: Record<string, unknown>) =>
    send(async () =>
      answer(
        await api.PATCH('/api/court-events/{id}', {
          params: { path: { id: deadline.id } },
          body: {
            version: deadline.version,
            occursOn: String(values.occursOn),
            changeReason: String(values.changeReason ?? '').trim() || null,
          },
        }),
      ),
    );
  return (
    <FormDialog open title={translate('accord.court.move')} onClose={onClose}>
      <Form
        record={{ occursOn: deadline.occursOn, changeReason: deadline.changeReason ?? '' }}
        onSubmit={save}
        noValidate
      >
        <DialogContent>
          <RefusalAlert refusal={refusal} />
          <Stack>
            <DateInput
              source="occursOn"
              label={`accord.court.event_days.${deadline.kind}`}
              helperText={
                deadline.computedOn
                  ? translate('accord.court.move_help', {
                      date: formatCalendarDate(deadline.computedOn, locale),
                    })
                  : false
              }
              validate={required()}
            />
            <TextInput
              source="changeReason"
              label={field('changeReason')}
              multiline
              validate={[required(), maxLength(2000)]}
            />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} label="accord.court.move" />
      </Form>
    </FormDialog>
  );
};

const CompletionNote = () => {
  const outcome = useWatch({ name: 'outcome' }) as CourtDeadlineOutcome | undefined;
  return outcome === 'not_filed' ? (
    <TextInput
      source="note"
      label={field('notFiledReason')}
      multiline
      validate={[required(), maxLength(2000)]}
    />
  ) : (
    <TextInput source="note" label={field('completionNote')} multiline validate={maxLength(2000)} />
  );
};

/** How a deadline ended: the answer or appeal filed, or let pass on the client's decision, with why. */
export const CompleteDeadlineDialog = ({
  deadline,
  onClose,
  onDone,
}: {
  deadline: CourtEvent;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const api = useApi();
  const { refusal, send } = useCourtSend('accord.court.completed_saved', () => {
    onDone();
    onClose();
  });
  const save = (values: Record<string, unknown>) =>
    send(async () =>
      answer(
        await api.POST('/api/court-events/{id}/complete', {
          params: { path: { id: deadline.id } },
          body: {
            version: deadline.version,
            completedOn: String(values.completedOn),
            outcome: values.outcome as CourtDeadlineOutcome,
            note: String(values.note ?? '').trim() || null,
          },
        }),
      ),
    );
  return (
    <FormDialog open title={translate('accord.court.complete')} onClose={onClose}>
      <Form record={{ completedOn: firmToday(), outcome: 'filed' }} onSubmit={save} noValidate>
        <DialogContent>
          <RefusalAlert refusal={refusal} />
          <Stack>
            <RadioButtonGroupInput
              source="outcome"
              label={field('outcome')}
              choices={COURT_DEADLINE_OUTCOMES.map((id) => ({ id, name: `accord.court.outcomes.${id}` }))}
              validate={required()}
            />
            <DateInput source="completedOn" label={field('completedOn')} validate={required()} />
            <CompletionNote />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} ready label="accord.court.complete" />
      </Form>
    </FormDialog>
  );
};
