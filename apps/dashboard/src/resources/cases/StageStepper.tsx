import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import { stageIndex } from '@accord/domain';
import { Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Stages a case may pass by: credit repair only follows a plan when the record needs fixing. */
const OPTIONAL: ReadonlySet<CaseStage> = new Set(['credit_repair']);

/** Where the case stands on the spine; a closed case shows every step behind it. */
export const StageStepper = ({ stage }: { stage: CaseStage }) => {
  const translate = useTranslate();
  const closed = stage === 'closed';
  const active = closed ? CASE_STAGES.length : stageIndex(stage);
  return (
    <Stepper activeStep={active} alternativeLabel aria-label={translate('resources.cases.fields.stage')}>
      {CASE_STAGES.map((step) => (
        <Step key={step} completed={stageIndex(step) < active || (closed && step === 'closed')}>
          <StepLabel
            optional={
              OPTIONAL.has(step) ? (
                <Typography
                  variant="caption"
                  color="text.secondary"
                  component="div"
                  sx={{ textAlign: 'center' }}
                >
                  {translate('accord.cases.optional_stage')}
                </Typography>
              ) : undefined
            }
          >
            {translate(`accord.stages.${step}`)}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
