import RefreshIcon from '@mui/icons-material/Refresh';
import { Box, Button, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { firmNow } from '../common/firm';
import { DayCounts } from './DayCounts';
import { DaySectionCard } from './DaySections';
import { HomeGreeting } from './HomeGreeting';
import { formatDayHeading, hasWork, orderSections } from './officer-day';
import { useOfficerDay } from './useOfficerDay';
import { ReadError, ReadingBar } from '../common/ReadProgress';

interface OfficerDayPanelProps {
  /** The officer's home opens with the greeting, in the same card as the day's heading. */
  greeting?: boolean;
  /** A manager's or administrator's home shows their own day only when something is on it. */
  onlyWithWork?: boolean;
  /**
   * What comes right after the day's heading, before its sections (the officer's court week), given how
   * many times the day has been read so it reads again with it.
   */
  lead?: (reads: number) => ReactNode;
}

/**
 * My day on my own open cases, read as of now: a card per section with its count, then the sections with
 * something in them, each item leading to its case's tab where the work is done, then the empty ones,
 * each a line. Read again on the refresh button and whenever the page comes back into view.
 */
export const OfficerDayPanel = ({ greeting = false, onlyWithWork = false, lead }: OfficerDayPanelProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const { data, error, loading, reload, reads } = useOfficerDay();
  const day = data?.day;
  if (onlyWithWork && !(day && hasWork(day))) return null;
  const sections = day ? orderSections(day) : [];
  const busy = day ? sections.filter((s) => day[s].total > 0) : [];
  const empty = day ? sections.filter((s) => day[s].total === 0) : [];

  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      data-testid="officer-day"
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Card>
        <CardContent sx={{ '&:last-child': { pb: 2 } }}>
          {greeting ? (
            <>
              <HomeGreeting />
              <Divider sx={{ my: 2 }} />
            </>
          ) : null}
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={1.5}
            sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
          >
            <Box>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography id={titleId} variant="h6" component="h2">
                  {translate('accord.home.officer.title')}
                </Typography>
                {day ? (
                  <Typography variant="body1" color="text.secondary" data-testid="day-date">
                    {formatDayHeading(day.date, locale)}
                  </Typography>
                ) : null}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {translate('accord.today.scope')}
                {data ? (
                  <Box component="span" sx={{ ml: 1.5 }} data-testid="day-read-at">
                    {translate('accord.today.as_of', { time: firmNow(new Date(data.readAt)).time })}
                  </Box>
                ) : null}
              </Typography>
            </Box>
            <Button
              variant="outlined"
              size="small"
              startIcon={<RefreshIcon />}
              onClick={reload}
              disabled={loading}
              data-testid="day-refresh"
              sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
            >
              {translate('ra.action.refresh')}
            </Button>
          </Stack>
        </CardContent>
        <ReadingBar loading={loading} />
      </Card>
      <ReadError error={error} onReload={reload} />
      {lead?.(reads)}
      {day ? (
        <>
          <DayCounts day={day} />
          {busy.map((section) => (
            <DaySectionCard key={section} day={day} section={section} />
          ))}
          {empty.length ? (
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fit, minmax(230px, 1fr))' },
              }}
            >
              {empty.map((section) => (
                <DaySectionCard key={section} day={day} section={section} />
              ))}
            </Box>
          ) : null}
        </>
      ) : null}
    </Box>
  );
};
