import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate, type RaRecord } from 'react-admin';

export type ChipLook = Pick<ChipProps, 'color' | 'variant'>;

export interface ChoiceChipProps {
  source: string;
  /** The message group naming each value: `accord.<group>.<value>`. */
  group: string;
  /** How each value looks; values not listed are plain outlined chips. */
  looks?: Partial<Record<string, ChipLook>>;
  label?: string;
  sortable?: boolean;
}

/** A value of one of Accord's vocabularies (stage, product, risk) as a translated chip. */
export const ChoiceChip = ({ source, group, looks = {} }: ChoiceChipProps) => {
  const record = useRecordContext<RaRecord>();
  const value: unknown = useFieldValue({ source, record });
  const translate = useTranslate();
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      {...looks[value]}
      label={translate(`accord.${group}.${value}`, { _: value })}
    />
  );
};
