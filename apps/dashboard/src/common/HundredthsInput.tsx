import type { Currency } from '@accord/contracts';
import { CURRENCY_SYMBOLS } from '@accord/domain';
import { InputAdornment, TextField } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { useCurrency } from './currency';
import { hundredthsInputText, hundredthsInputValue } from './hundredths';

/** The form holds the text as typed until it reads as an amount: say what is wrong with it. */
const anAmount: Validator = (value: unknown) =>
  typeof value === 'string' ? 'accord.amounts.invalid' : undefined;

const asList = (validate: InputProps['validate']): Validator[] =>
  validate === undefined ? [] : Array.isArray(validate) ? validate : [validate];

export interface HundredthsInputProps extends Pick<
  InputProps,
  'source' | 'label' | 'validate' | 'helperText' | 'resource' | 'defaultValue'
> {
  /** Shown before the amount (¥, NT$) or after it (% / day). */
  startAdornment?: ReactNode;
  endAdornment?: ReactNode;
  className?: string;
}

/**
 * An amount typed in yuan or percent and kept as an integer of hundredths (fen, basis points). The text
 * stays as typed: reformatting "12.5" to "12.50" under the cursor would fight the person typing.
 */
export const HundredthsInput = ({
  source,
  label,
  validate,
  helperText,
  resource,
  defaultValue,
  startAdornment,
  endAdornment,
  className,
}: HundredthsInputProps) => {
  const {
    field,
    fieldState: { error, invalid },
    id,
    isRequired,
  } = useInput({
    source,
    resource,
    defaultValue,
    validate: [...asList(validate), anAmount],
    format: (value: unknown) => value,
    parse: (value: unknown) => value,
  });
  const [text, setText] = useState(() => hundredthsInputText(field.value));

  // A form reset or a value set by code shows up as a held value the text no longer reads as.
  const held: unknown = field.value;
  useEffect(() => {
    setText((current) =>
      hundredthsInputValue(current) === (held ?? null) ? current : hundredthsInputText(held),
    );
  }, [held]);

  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      className={className}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(hundredthsInputValue(event.target.value));
      }}
      onBlur={field.onBlur}
      label={
        label === false ? null : (
          <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
        )
      }
      error={invalid}
      helperText={<InputHelperText error={error?.message} helperText={helperText} />}
      margin="dense"
      size="small"
      slotProps={{
        htmlInput: { inputMode: 'decimal', autoComplete: 'off' },
        input: {
          startAdornment: startAdornment ? (
            <InputAdornment position="start">{startAdornment}</InputAdornment>
          ) : undefined,
          endAdornment: endAdornment ? (
            <InputAdornment position="end">{endAdornment}</InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
};

/**
 * Money typed by people in its currency's units (yuan, Taiwan dollars) and sent in hundredths. The sign is
 * the given currency's, else the surrounding debt's; none while the currency is not known yet (null), since
 * a ¥ before a Taiwan bank's amount would tell the person to type yuan.
 */
export const MoneyInput = ({
  currency,
  ...props
}: Omit<HundredthsInputProps, 'startAdornment' | 'endAdornment'> & { currency?: Currency | null }) => {
  const around = useCurrency();
  const shown = currency === undefined ? around : currency;
  return <HundredthsInput {...props} startAdornment={shown ? CURRENCY_SYMBOLS[shown] : undefined} />;
};
