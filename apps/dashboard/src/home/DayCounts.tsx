import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { sectionAnchor } from './DaySections';
import { DAY_SECTIONS, overdueCount, sectionTone, type OfficerDay, type SectionTone } from './officer-day';

const FIGURE_COLORS: Record<SectionTone, string> = {
  alert: 'error.main',
  work: 'primary.main',
  clear: 'text.disabled',
};

/**
 * The day at a glance: one card per section with how many items it holds, late ones in red. A card brings
 * its section into view.
 */
export const DayCounts = ({ day }: { day: OfficerDay }) => {
  const translate = useTranslate();
  return (
    <Box
      component="ul"
      aria-label={translate('accord.today.counts')}
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: {
          xs: 'repeat(2, minmax(0, 1fr))',
          sm: 'repeat(4, minmax(0, 1fr))',
          lg: 'repeat(7, minmax(0, 1fr))',
        },
      }}
    >
      {DAY_SECTIONS.map((section) => {
        const tone = sectionTone(day, section);
        const overdue = overdueCount(day, section);
        const title = translate(`accord.today.sections.${section}.title`);
        return (
          <Box component="li" key={section} sx={{ display: 'flex' }}>
            <Card
              data-testid="day-count"
              data-section={section}
              data-tone={tone}
              sx={{
                flex: 1,
                display: 'flex',
                borderTop: 3,
                borderTopColor:
                  tone === 'alert' ? 'error.main' : tone === 'work' ? 'primary.main' : 'divider',
              }}
            >
              <CardActionArea
                onClick={() =>
                  document
                    .getElementById(sectionAnchor(section))
                    ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
                }
                sx={{
                  px: 1.5,
                  py: 1.25,
                  display: 'flex',
                  flexDirection: 'column',
                  alignItems: 'flex-start',
                  justifyContent: 'space-between',
                  gap: 0.5,
                }}
              >
                <Typography variant="body2" color="text.secondary" sx={{ lineHeight: 1.4 }}>
                  {title}
                </Typography>
                <Box>
                  <Typography
                    component="div"
                    variant="h4"
                    data-testid="day-count-total"
                    sx={{ color: FIGURE_COLORS[tone], fontWeight: 500, fontVariantNumeric: 'tabular-nums' }}
                  >
                    {day[section].total}
                  </Typography>
                  <Typography
                    component="div"
                    variant="caption"
                    color="error"
                    sx={{ minHeight: '1.66em', fontWeight: 600 }}
                    data-testid={overdue ? 'day-count-overdue' : undefined}
                  >
                    {overdue
                      ? translate('accord.today.overdue_count', {
                          count: overdue.more ? `${overdue.count}+` : overdue.count,
                        })
                      : null}
                  </Typography>
                </Box>
              </CardActionArea>
            </Card>
          </Box>
        );
      })}
    </Box>
  );
};
