import type { Currency } from '@accord/contracts';
import { CURRENCY_SYMBOLS } from '@accord/domain';
import { InputAdornment, TextField } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { useCurrency } from './currency';
import { hundredthsInputText, hundredthsInputValue } from './hundredths';
import { ppmInputText, ppmInputValue } from './ppm';

/** How a decimal input reads what is typed into the integer it keeps, and shows a held value back. */
interface DecimalCodec {
  inputValue: (text: string) => number | string | null;
  inputText: (value: unknown) => string;
  /** The form holds the text as typed until it reads as a number: says what is wrong with it. */
  readable: Validator;
}

const sayingWhenUnread =
  (message: string): Validator =>
  (value: unknown) =>
    typeof value === 'string' ? message : undefined;

const HUNDREDTHS: DecimalCodec = {
  inputValue: hundredthsInputValue,
  inputText: hundredthsInputText,
  readable: sayingWhenUnread('accord.amounts.invalid'),
};

const PERCENT_PPM: DecimalCodec = {
  inputValue: ppmInputValue,
  inputText: ppmInputText,
  readable: sayingWhenUnread('accord.amounts.invalid_rate'),
};

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
 * A number typed with decimals and kept as an integer (see the codecs). The text stays as typed:
 * reformatting "12.5" to "12.50" under the cursor would fight the person typing.
 */
const DecimalInput = ({
  codec,
  source,
  label,
  validate,
  helperText,
  resource,
  defaultValue,
  startAdornment,
  endAdornment,
  className,
}: HundredthsInputProps & { codec: DecimalCodec }) => {
  const {
    field,
    fieldState: { error, invalid },
    id,
    isRequired,
  } = useInput({
    source,
    resource,
    defaultValue,
    validate: [...asList(validate), codec.readable],
    format: (value: unknown) => value,
    parse: (value: unknown) => value,
  });
  const [text, setText] = useState(() => codec.inputText(field.value));

  // A form reset or a value set by code shows up as a held value the text no longer reads as.
  const held: unknown = field.value;
  useEffect(() => {
    setText((current) => (codec.inputValue(current) === (held ?? null) ? current : codec.inputText(held)));
  }, [held, codec]);

  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      className={className}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(codec.inputValue(event.target.value));
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
 * An amount typed in yuan or percent and kept as an integer of hundredths (fen, basis points of a percent).
 */
export const HundredthsInput = (props: HundredthsInputProps) => (
  <DecimalInput {...props} codec={HUNDREDTHS} />
);

/** A daily rate typed in percent with up to four decimals ("0.035") and kept in parts per million (350). */
export const PercentPpmInput = (props: HundredthsInputProps) => (
  <DecimalInput {...props} codec={PERCENT_PPM} />
);

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
