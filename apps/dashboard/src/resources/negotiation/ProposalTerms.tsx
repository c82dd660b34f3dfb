import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { hundredthsText } from '../../common/hundredths';
import { monthlyFenOf, type ProposalRecord } from './proposal';
import { useMoney } from '../../common/currency';

/** A proposal's terms on one wrapping line: total, months, monthly, first due date, grace, waiver, rate. */
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
  const parts = [term(field('totalFen'), money(proposal.totalFen))];
  if (proposal.months) {
    parts.push(translate('accord.proposals.months_count', { smart_count: proposal.months }));
    parts.push(translate('accord.proposals.per_month', { amount: money(monthlyFenOf(proposal)) }));
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
  if (proposal.interestRateBp !== null)
    parts.push(
      term(
        field('interestRateBp'),
        `${hundredthsText(proposal.interestRateBp)} ${translate('accord.proposals.percent_per_year')}`,
      ),
    );
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
