import type { Suggestion } from '@accord/domain';
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMoney } from '../../common/currency';

const amount = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * Plans the creditor could accept and the client could keep, for one debt: for each kind, the shortest plan
 * that fits and the longest allowed. "Use this" starts a proposal with its terms.
 */
export const SuggestionTable = ({
  suggestions,
  readOnly,
  onUse,
}: {
  suggestions: readonly Suggestion[];
  readOnly: boolean;
  onUse: (suggestion: Suggestion) => void;
}) => {
  const money = useMoney();
  const translate = useTranslate();
  const column = (name: string) => translate(`accord.proposals.columns.${name}`);
  return (
    <>
      <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label={translate('accord.proposals.suggestions')}>
          <TableHead>
            <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableCell>{column('kind')}</TableCell>
              <TableCell align="right">{column('months')}</TableCell>
              <TableCell align="right">{column('monthly')}</TableCell>
              <TableCell align="right">{column('total')}</TableCell>
              <TableCell align="right">{column('waived')}</TableCell>
              <TableCell align="right">{column('without_agreement')}</TableCell>
              <TableCell align="right">{column('savings')}</TableCell>
              {readOnly ? null : <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {suggestions.map((s) => {
              const kind = translate(`accord.proposal_kinds.${s.kind}`);
              return (
                <TableRow key={`${s.kind}:${s.months}`} data-testid="suggestion">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{kind}</TableCell>
                  <TableCell align="right" sx={amount}>
                    {translate('accord.proposals.months_count', { smart_count: s.months })}
                  </TableCell>
                  <TableCell align="right" sx={{ ...amount, fontWeight: 600 }}>
                    {money(s.monthlyFen)}
                  </TableCell>
                  <TableCell align="right" sx={amount}>
                    {money(s.totalFen)}
                  </TableCell>
                  <TableCell align="right" sx={amount}>
                    {money(s.waivedPenaltyFen)}
                  </TableCell>
                  <TableCell align="right" sx={amount}>
                    {money(s.withoutAgreementFen)}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ ...amount, color: s.savingsFen > 0 ? 'success.dark' : undefined }}
                  >
                    {money(s.savingsFen)}
                  </TableCell>
                  {readOnly ? null : (
                    <TableCell align="right" sx={{ width: 1 }}>
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() => onUse(s)}
                        aria-label={translate('accord.proposals.use_named', {
                          kind,
                          months: translate('accord.proposals.months_count', { smart_count: s.months }),
                        })}
                        sx={{ whiteSpace: 'nowrap' }}
                      >
                        {translate('accord.proposals.use')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {suggestions.some((s) => s.kind === 'installments') ? (
        // A plain plan's fee or interest is the creditor's to state: never counted here, so said.
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          data-testid="suggestions-charge-note"
          sx={{ mt: 0.5 }}
        >
          {translate('accord.proposals.suggestions_no_charge')}
        </Typography>
      ) : null}
    </>
  );
};
