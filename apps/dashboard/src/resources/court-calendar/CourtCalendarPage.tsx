import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  IconButton,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Confirm, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { firmToday, formatCalendarDate } from '../../common/firm';
import { useNotifyError } from '../../common/useNotifyError';
import { answer, useApi, type Schema } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import { courtDayProblem, weekdayName, type CourtDayKind } from './court-calendar';

export const COURT_CALENDAR_PATH = '/court-calendar';

type CourtCalendarDay = Schema<'CourtCalendarDayView'>;

const MAX_NAME = 100;

/**
 * The firm's court calendar (administrators): the holidays the courts close for and the weekend days they
 * work, a year at a time. Court deadlines are counted on it: one ending on a day off moves to the next
 * working day.
 */
export const CourtCalendarPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.court_calendar.${key}`, options);
  const [year, setYear] = useState(() => Number(firmToday().slice(0, 4)));
  const days = useApiAnswer(
    async () => answer(await api.GET('/api/court-calendar-days', { params: { query: { year } } })),
    `court-calendar:${year}`,
  );
  const [day, setDay] = useState('');
  const [kind, setKind] = useState<CourtDayKind>('holiday');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<CourtCalendarDay | null>(null);

  const dayProblem = courtDayProblem(day, kind);
  const nameProblem = name.trim() === '' ? 'ra.validation.required' : null;
  const date = (value: string) => formatCalendarDate(value, locale);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (dayProblem || nameProblem) return;
    setBusy(true);
    try {
      answer(
        await api.PUT('/api/court-calendar-days/{day}', {
          params: { path: { day } },
          body: { working: kind === 'working', name: name.trim() },
        }),
      );
      notify(text('added', { date: date(day) }), { type: 'success' });
      const addedYear = Number(day.slice(0, 4));
      if (addedYear === year) days.reload();
      else setYear(addedYear);
      setDay('');
      setName('');
      setTried(false);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      answer(await api.DELETE('/api/court-calendar-days/{day}', { params: { path: { day: removing.day } } }));
      notify(text('removed', { date: date(removing.day) }), { type: 'success' });
      setRemoving(null);
      days.reload();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 880, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="accord.court_calendar.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {text('title')}
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {text('help')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {text('recount')}
          </Typography>
        </CardContent>
      </Card>

      <Card component="form" onSubmit={(event) => void add(event)} noValidate data-testid="court-day-form">
        <CardContent>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 2 }}>
            {text('add_title')}
          </Typography>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField
                type="date"
                label={text('day')}
                value={day}
                onChange={(event) => setDay(event.target.value)}
                error={tried && dayProblem !== null}
                helperText={
                  tried && dayProblem ? translate(dayProblem) : day ? weekdayName(day, locale) : ' '
                }
                required
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'day' } }}
                sx={{ width: { sm: 200 } }}
              />
              <TextField
                label={text('name')}
                value={name}
                onChange={(event) => setName(event.target.value)}
                error={tried && nameProblem !== null}
                helperText={tried && nameProblem ? translate(nameProblem) : text('name_help')}
                required
                slotProps={{ htmlInput: { maxLength: MAX_NAME, name: 'name' } }}
                sx={{ flex: 1, width: { xs: '100%', sm: 'auto' } }}
              />
            </Stack>
            <FormControl>
              <FormLabel id="court-day-kind">{text('kind')}</FormLabel>
              <RadioGroup
                aria-labelledby="court-day-kind"
                value={kind}
                onChange={(event) => setKind(event.target.value as CourtDayKind)}
              >
                {(['holiday', 'working'] as const).map((value) => (
                  <Box key={value}>
                    <FormControlLabel value={value} control={<Radio />} label={text(value)} />
                    <FormHelperText sx={{ mt: -0.75, ml: 4 }}>{text(`${value}_help`)}</FormHelperText>
                  </Box>
                ))}
              </RadioGroup>
            </FormControl>
            <Box>
              <Button type="submit" variant="contained" disabled={busy}>
                {text('add')}
              </Button>
            </Box>
          </Stack>
        </CardContent>
      </Card>

      <Card data-testid="court-days">
        <CardContent sx={{ pb: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {text('marked_title', { year })}
            </Typography>
            <Stack direction="row" sx={{ alignItems: 'center' }}>
              <IconButton aria-label={text('previous_year')} onClick={() => setYear((y) => y - 1)}>
                <ChevronLeftIcon />
              </IconButton>
              <Typography
                aria-label={text('year')}
                sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 48, textAlign: 'center' }}
              >
                {year}
              </Typography>
              <IconButton aria-label={text('next_year')} onClick={() => setYear((y) => y + 1)}>
                <ChevronRightIcon />
              </IconButton>
            </Stack>
          </Stack>
        </CardContent>
        {days.error ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {days.error}
          </Alert>
        ) : !days.data ? (
          <LinearProgress />
        ) : days.data.length === 0 ? (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ px: 2, pb: 2 }}
            data-testid="court-days-empty"
          >
            {text('none', { year })}
          </Typography>
        ) : (
          <Table size="small" aria-label={text('marked_title', { year })}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 140 }}>{text('day')}</TableCell>
                <TableCell sx={{ width: 90 }}>{text('weekday')}</TableCell>
                <TableCell sx={{ width: 200 }}>{text('kind')}</TableCell>
                <TableCell>{text('name')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {days.data.map((d) => (
                <TableRow key={d.day} data-testid="court-day" data-day={d.day} data-working={d.working}>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {date(d.day)}
                  </TableCell>
                  <TableCell>{weekdayName(d.day, locale)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={d.working ? 'primary' : 'error'}
                      label={text(d.working ? 'working' : 'holiday')}
                    />
                  </TableCell>
                  <TableCell>{d.name}</TableCell>
                  <TableCell align="right">
                    <Button size="small" color="error" onClick={() => setRemoving(d)}>
                      {text('remove')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <Confirm
        isOpen={removing !== null}
        loading={busy}
        title="accord.court_calendar.remove_title"
        content="accord.court_calendar.remove_confirm"
        translateOptions={{ date: removing ? date(removing.day) : '' }}
        confirm="accord.court_calendar.remove"
        onConfirm={() => void remove()}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
