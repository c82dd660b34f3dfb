import {
  COURT_ATTENDEES,
  COURT_DECISION_KINDS,
  COURT_EVENT_KINDS,
  COURT_SITTING_KINDS,
  type CourtAttendee,
  type CourtEventKind,
} from '@accord/contracts';
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
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { firmToday } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { MoneyInput } from '../../common/HundredthsInput';
import { answer, useApi } from '../../providers/api';
import { isDeadline, type CourtMatter } from './court';
import { RefusalAlert, useCourtSend } from './useCourtSend';

const field = (name: string) => `accord.court.fields.${name}`;
const isIn = (list: readonly string[], kind: string | undefined) => !!kind && list.includes(kind);
const TIME = [required(), regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'accord.court.fields.startsAt')];
/** Where a sum is part of the event: a decision's, an enforcement's. */
const WITH_AMOUNT: readonly CourtEventKind[] = [...COURT_DECISION_KINDS, 'enforcement'];
const WITH_UNTIL: readonly CourtEventKind[] = ['consumption_limit', 'defaulter_list'];

/** The fields an event of the chosen kind carries: a sitting's time and room, a decision's service… */
const KindFields = ({ matter, files }: { matter: CourtMatter; files: { id: string; name: string }[] }) => {
  const kind = useWatch({ name: 'kind' }) as CourtEventKind | undefined;
  return (
    <>
      <DateInput
        source="occursOn"
        label={kind ? `accord.court.event_days.${kind}` : field('occursOn')}
        validate={required()}
      />
      {isIn(COURT_SITTING_KINDS, kind) ? (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextInput
              source="startsAt"
              type="time"
              label={field('startsAt')}
              validate={TIME}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextInput source="room" label={field('room')} validate={maxLength(100)} />
          </Stack>
          <TextInput
            source="court"
            label={field('sittingCourt')}
            helperText={matter.court}
            validate={maxLength(200)}
          />
          <CheckboxGroupInput
            source="attendees"
            label={field('attendees')}
            choices={COURT_ATTENDEES.map((id) => ({ id, name: `accord.court.attendees.${id}` }))}
          />
        </>
      ) : null}
      {isIn(COURT_DECISION_KINDS, kind) ? (
        <DateInput source="servedOn" label={field('servedOn')} validate={required()} />
      ) : null}
      {isIn(WITH_AMOUNT, kind) ? (
        <MoneyInput
          source="amountFen"
          label={field('amountFen')}
          currency={matter.currency}
          validate={minValue(0)}
        />
      ) : null}
      {isIn(WITH_UNTIL, kind) ? <DateInput source="untilOn" label={field('untilOn')} /> : null}
      {kind && isDeadline(kind) ? (
        <TextInput source="changeReason" label={field('changeReason')} multiline validate={maxLength(2000)} />
      ) : null}
      {files.length ? (
        <CheckboxGroupInput
          source="documentIds"
          label={field('documentIds')}
          choices={files}
          translateChoice={false}
          row={false}
        />
      ) : null}
      <TextInput source="note" label={field('note')} multiline validate={maxLength(2000)} />
    </>
  );
};

/**
 * An event of a matter as the court sent it. A summons or a decision served brings its deadline, worked
 * out by the API; the case policy refuses what is out of order (a hearing before the summons…).
 */
export const AddEventDialog = ({
  matter,
  files,
  onClose,
  onDone,
}: {
  matter: CourtMatter;
  files: { id: string; name: string }[];
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const api = useApi();
  const { refusal, send } = useCourtSend('accord.court.event_saved', () => {
    onDone();
    onClose();
  });
  const summoned = matter.events.some((e) => e.kind === 'summons_received');
  const save = (values: Record<string, unknown>) => {
    const kind = values.kind as CourtEventKind;
    const only = <T,>(list: readonly string[], value: T) => (isIn(list, kind) ? value : undefined);
    const text = (name: string) => (values[name] as string | undefined)?.trim() || null;
    return send(async () =>
      answer(
        await api.POST('/api/court-events', {
          body: {
            matterId: matter.id,
            kind,
            occursOn: String(values.occursOn),
            startsAt: only(COURT_SITTING_KINDS, text('startsAt')),
            room: only(COURT_SITTING_KINDS, text('room')),
            court: only(COURT_SITTING_KINDS, text('court')),
            attendees: only(COURT_SITTING_KINDS, (values.attendees as CourtAttendee[] | undefined) ?? []),
            servedOn: only(COURT_DECISION_KINDS, text('servedOn')),
            amountFen: only(WITH_AMOUNT, typeof values.amountFen === 'number' ? values.amountFen : null),
            untilOn: only(WITH_UNTIL, text('untilOn')),
            changeReason: isDeadline(kind) ? text('changeReason') : undefined,
            documentIds: (values.documentIds as string[] | undefined) ?? [],
            note: text('note'),
          },
        }),
      ),
    );
  };
  return (
    <FormDialog open title={translate('accord.court.add_event')} onClose={onClose}>
      <Form
        record={{
          kind: summoned ? 'hearing' : 'summons_received',
          occursOn: summoned ? undefined : firmToday(),
          attendees: ['officer'],
          documentIds: [],
        }}
        onSubmit={save}
        noValidate
      >
        <DialogContent>
          <RefusalAlert refusal={refusal} />
          <Stack>
            <SelectInput
              source="kind"
              label={field('kind')}
              choices={COURT_EVENT_KINDS.map((id) => ({ id, name: `accord.court.event_kinds.${id}` }))}
              validate={required()}
            />
            <KindFields matter={matter} files={files} />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} ready label="accord.court.add_event" />
      </Form>
    </FormDialog>
  );
};
