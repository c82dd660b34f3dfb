import { CREDIT_DISPUTE_GROUNDS, CREDIT_DISPUTE_OUTCOMES, CREDIT_DISPUTE_VENUES } from '@accord/contracts';
import { DialogContent, Stack } from '@mui/material';
import {
  CheckboxGroupInput,
  DateInput,
  Form,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { firmToday } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { useNotifyError } from '../../common/useNotifyError';
import { answer, useApi, type Schema } from '../../providers/api';

type Dispute = Schema<'CreditDisputeView'>;
type Move = 'prepare' | 'file' | 'answer' | 'withdraw';

const field = (name: string) => `accord.credit_record.fields.${name}`;

/**
 * One step of a dispute: prepared (grounds, what is wrong, where, evidence), its filing recorded (the
 * answer due 20 days later), its answer recorded as given, or withdrawn. The API asks the case policy.
 */
export const DisputeDialog = ({
  move,
  entryId,
  dispute,
  files,
  onClose,
  onDone,
}: {
  move: Move;
  entryId: string;
  dispute: Dispute | null;
  files: { id: string; name: string }[];
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const titles: Record<Move, string> = {
    prepare: 'accord.credit_record.dispute',
    file: 'accord.credit_record.file',
    answer: 'accord.credit_record.answer',
    withdraw: 'accord.credit_record.withdraw',
  };
  const done: Record<Move, string> = {
    prepare: 'accord.credit_record.prepared',
    file: 'accord.credit_record.filed',
    answer: 'accord.credit_record.answered',
    withdraw: 'accord.credit_record.withdrawn',
  };

  const send = async (values: Record<string, unknown>) => {
    const path = { params: { path: { id: dispute?.id ?? '' } } };
    const version = dispute?.version ?? 1;
    try {
      if (move === 'prepare')
        answer(
          await api.POST('/api/credit-disputes', {
            body: {
              entryId,
              grounds: values.grounds as Dispute['grounds'],
              explanation: String(values.explanation ?? ''),
              venue: values.venue as Dispute['venue'],
              evidenceFileIds: (values.evidenceFileIds as string[] | undefined) ?? [],
            },
          }),
        );
      else if (move === 'file')
        answer(
          await api.POST('/api/credit-disputes/{id}/file', {
            ...path,
            body: { filedOn: String(values.filedOn), version },
          }),
        );
      else if (move === 'answer')
        answer(
          await api.POST('/api/credit-disputes/{id}/answer', {
            ...path,
            body: {
              answeredOn: String(values.answeredOn),
              outcome: values.outcome as NonNullable<Dispute['outcome']>,
              answerFileId: (values.answerFileId as string) || null,
              answerNote: (values.answerNote as string) || null,
              version,
            },
          }),
        );
      else
        answer(
          await api.POST('/api/credit-disputes/{id}/withdraw', {
            ...path,
            body: { reason: String(values.reason ?? ''), version },
          }),
        );
      notify(done[move], { type: 'success' });
      onDone();
      onClose();
    } catch (error) {
      notifyError(error);
    }
  };

  const today = firmToday();
  const start =
    move === 'prepare'
      ? { grounds: [], venue: 'credit_reference_centre', evidenceFileIds: [] }
      : move === 'file'
        ? { filedOn: today }
        : move === 'answer'
          ? { answeredOn: today }
          : {};

  return (
    <FormDialog open title={translate(titles[move])} onClose={onClose}>
      <Form record={start} onSubmit={send} noValidate>
        <DialogContent>
          <Stack>
            {move === 'prepare' ? (
              <>
                <CheckboxGroupInput
                  source="grounds"
                  label={field('grounds')}
                  choices={CREDIT_DISPUTE_GROUNDS.map((id) => ({
                    id,
                    name: `accord.credit_record.grounds.${id}`,
                  }))}
                  validate={required()}
                  row={false}
                />
                <TextInput
                  source="explanation"
                  label={field('explanation')}
                  multiline
                  minRows={2}
                  validate={[required(), maxLength(2000)]}
                />
                <SelectInput
                  source="venue"
                  label={field('venue')}
                  choices={CREDIT_DISPUTE_VENUES.map((id) => ({
                    id,
                    name: `accord.credit_record.venues.${id}`,
                  }))}
                  validate={required()}
                />
                <CheckboxGroupInput
                  source="evidenceFileIds"
                  label={field('evidenceFileIds')}
                  choices={files}
                  row={false}
                  translateChoice={false}
                />
              </>
            ) : null}
            {move === 'file' ? (
              <DateInput source="filedOn" label={field('filedOn')} validate={required()} />
            ) : null}
            {move === 'answer' ? (
              <>
                <DateInput source="answeredOn" label={field('answeredOn')} validate={required()} />
                <SelectInput
                  source="outcome"
                  label={field('outcome')}
                  choices={CREDIT_DISPUTE_OUTCOMES.map((id) => ({
                    id,
                    name: `accord.credit_record.outcomes.${id}`,
                  }))}
                  validate={required()}
                />
                {files.length ? (
                  <SelectInput
                    source="answerFileId"
                    label={field('answerFileId')}
                    choices={files}
                    translateChoice={false}
                  />
                ) : null}
                <TextInput
                  source="answerNote"
                  label={field('answerNote')}
                  multiline
                  validate={maxLength(2000)}
                />
              </>
            ) : null}
            {move === 'withdraw' ? (
              <TextInput
                source="reason"
                label={field('reason')}
                multiline
                validate={[required(), maxLength(2000)]}
              />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} ready={move === 'file' || move === 'answer'} label={titles[move]} />
      </Form>
    </FormDialog>
  );
};

/** "Nothing to dispute", said with its reason. */
export const NothingToDisputeDialog = ({
  caseId,
  onClose,
  onDone,
}: {
  caseId: string;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const api = useApi();
  const send = async (values: Record<string, unknown>) => {
    try {
      answer(
        await api.POST('/api/cases/{caseId}/credit-record/nothing-to-dispute', {
          params: { path: { caseId } },
          body: { reason: String(values.reason ?? '') },
        }),
      );
      onDone();
      onClose();
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <FormDialog open title={translate('accord.credit_record.nothing_to_dispute')} onClose={onClose}>
      <Form record={{}} onSubmit={send} noValidate>
        <DialogContent>
          <TextInput
            source="reason"
            label={field('reason')}
            helperText="accord.credit_record.nothing_help"
            multiline
            validate={[required(), maxLength(2000)]}
          />
        </DialogContent>
        <DialogButtons onClose={onClose} label="accord.credit_record.nothing_to_dispute" />
      </Form>
    </FormDialog>
  );
};
