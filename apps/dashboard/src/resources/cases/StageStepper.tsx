import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import { stageIndex } from '@accord/domain';
import { Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Stages a case may pass by: the credit record only follows a plan when the record needs work. */
const OPTIONAL: ReadonlySet<CaseStage> = new Set(['credit_repair']);

/**
 * Which steps the case went through. A closed case ticks only the steps before the stage it was
 * closed from (that one says it closed there): a step the case skipped is never ticked.
 */
export function stepsDone(stage: CaseStage, closedFrom: CaseStage | null | undefined): Set<CaseStage> {
  if (stage !== 'closed') return new Set(CASE_STAGES.filter((s) => stageIndex(s) < stageIndex(stage)));
  const reached = closedFrom ? stageIndex(closedFrom) : 0;
  return new Set([
    ...CASE_STAGES.filter((s) => closedFrom && stageIndex(s) < reached && !OPTIONAL.has(s)),
    'closed' as const,
  ]);
}

/** Where the case stands on the spine. */
export const StageStepper = ({ stage, closedFrom }: { stage: CaseStage; closedFrom?: CaseStage | null }) => {
  const translate = useTranslate();
  const done = stepsDone(stage, closedFrom);
  const caption = (text: string) => (
    <Typography variant="caption" color="text.secondary" component="div" sx={{ textAlign: 'center' }}>
      {text}
    </Typography>
  );
  return (
    <Stepper
      activeStep={stage === 'closed' ? -1 : stageIndex(stage)}
      alternativeLabel
      aria-label={translate('resources.cases.fields.stage')}
    >
      {CASE_STAGES.map((step) => (
        <Step key={step} completed={done.has(step)}>
          <StepLabel
            optional={
              stage === 'closed' && step === closedFrom
                ? caption(translate('accord.cases.stopped_here'))
                : OPTIONAL.has(step)
                  ? caption(translate('accord.cases.optional_stage'))
                  : undefined
            }
          >
            {translate(`accord.stages.${step}`)}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
