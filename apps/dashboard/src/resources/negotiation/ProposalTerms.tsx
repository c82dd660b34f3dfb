import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { ppmPercentText } from '../../common/ppm';
import { planFiguresOf, type ProposalRecord } from './proposal';
import { useMoney } from '../../common/currency';

/**
 * A proposal's terms on one wrapping line: what goes in, months, the first installment, first due date,
 * grace, waiver, and the creditor's charge with what the client then pays in all.
 */
export const ProposalTerms = ({
  proposal,
  hideFirstDueDate = false,
}: {
  proposal: ProposalRecord;
  hideFirstDueDate?: boolean;
}) => {
  const money = useMoney();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.proposals.fields.${name}`);
  const term = (label: string, value: string) => translate('accord.labelled', { label, value });
  const figures = planFiguresOf(proposal);
  const parts = [term(field('totalFen'), money(proposal.totalFen))];
  if (proposal.months) {
    parts.push(translate('accord.proposals.months_count', { smart_count: proposal.months }));
    parts.push(translate('accord.proposals.first_installment', { amount: money(figures.firstFen) }));
  }
  if (proposal.firstDueDate && !hideFirstDueDate)
    parts.push(term(field('firstDueDate'), formatCalendarDate(proposal.firstDueDate, locale)));
  if (proposal.graceMonths)
    parts.push(
      term(
        field('graceMonths'),
        translate('accord.proposals.months_count', { smart_count: proposal.graceMonths }),
      ),
    );
  if (proposal.waivedPenaltyFen)
    parts.push(term(field('waivedPenaltyFen'), money(proposal.waivedPenaltyFen)));
  if (proposal.chargeKind && proposal.chargeKind !== 'none') {
    parts.push(
      translate(`accord.proposals.charge_terms.${proposal.chargeKind}`, {
        rate: ppmPercentText(proposal.chargeRatePpm),
      }),
    );
    parts.push(
      translate('accord.proposals.with_charges', {
        charges: money(figures.chargesFen),
        total: money(figures.payableFen),
      }),
    );
  }
  return (
    <Typography
      variant="body2"
      component="div"
      data-testid="proposal-terms"
      sx={{
        fontVariantNumeric: 'tabular-nums',
        '& > * + *::before': { content: '" · "', color: 'text.secondary' },
      }}
    >
      {parts.map((part) => (
        <Box component="span" key={part}>
          {part}
        </Box>
      ))}
    </Typography>
  );
};
