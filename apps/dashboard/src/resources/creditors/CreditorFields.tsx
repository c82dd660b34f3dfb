import type { CreditorProduct } from '@accord/contracts';
import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ChoiceChip, type ChipLook } from '../../common/ChoiceChip';
import type { Schema } from '../../providers/api';
import { LITIGATION_PRACTICE_GROUP, LITIGATION_PRACTICE_LOOKS } from './litigation-practice';
import { penaltyRuleText } from './penalty-rule';

export type CreditorRecord = Schema<'Creditor'>;

type FieldProps = { source?: string; label?: string; sortable?: boolean };

// Alipay's products share one colour, banks another: the catalogue reads by family at a glance.
const PRODUCT_LOOKS: Partial<Record<CreditorProduct, ChipLook>> = {
  huabei: { color: 'primary' },
  jiebei: { color: 'primary' },
  credit_card: { color: 'secondary' },
};

export const ProductField = ({ source = 'product' }: FieldProps) => (
  <ChoiceChip source={source} group="products" looks={PRODUCT_LOOKS} />
);

/** How often the creditor goes to court, as the firm has seen it: one of the litigation risk's inputs. */
export const LitigationPracticeField = ({ source = 'litigationPractice' }: FieldProps) => (
  <ChoiceChip source={source} group={LITIGATION_PRACTICE_GROUP} looks={LITIGATION_PRACTICE_LOOKS} />
);

export const MarketField = (_props: FieldProps) => {
  const record = useRecordContext<CreditorRecord>();
  const translate = useTranslate();
  if (!record?.market) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`accord.markets.${record.market}`)}
    </Typography>
  );
};

/** The penalty rule and late fee in words, as an officer quotes them to the client or the creditor. */
export const PenaltyRuleField = (_props: FieldProps) => {
  const record = useRecordContext<CreditorRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record || typeof record.penaltyDailyRatePpm !== 'number') return null;
  return (
    <Typography component="span" variant="body2" data-testid="penalty-rule">
      {penaltyRuleText(record, translate, locale)}
    </Typography>
  );
};

/** The rule in the catalogue's table: wrapped to a few lines, so the hotline and status stay in view. */
export const PenaltyRuleCell = (props: FieldProps) => (
  <Box sx={{ minWidth: 200, maxWidth: 340, whiteSpace: 'normal' }}>
    <PenaltyRuleField {...props} />
  </Box>
);

export const LongestPlanField = (_props: FieldProps) => {
  const record = useRecordContext<CreditorRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {record.maxInstallmentMonths === null
        ? translate('accord.creditors.no_plan_limit')
        : translate('accord.creditors.months', { smart_count: record.maxInstallmentMonths })}
    </Typography>
  );
};

/** The first hotline, which is what an officer dials; the show page lists every channel. */
export const HotlineField = (_props: FieldProps) => {
  const record = useRecordContext<CreditorRecord>();
  const hotline = record?.customerService?.find((contact) => contact.channel === 'hotline');
  if (!hotline) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {hotline.value}
      </Typography>
      {hotline.hours ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {hotline.hours}
        </Typography>
      ) : null}
    </Box>
  );
};
