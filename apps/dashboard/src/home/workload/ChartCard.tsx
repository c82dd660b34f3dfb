import { Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A chart under its title and a line saying what it counts; `empty` takes its place when there is nothing to draw. */
export const ChartCard = ({
  title,
  help,
  empty,
  testId,
  children,
}: {
  title: string;
  help?: string;
  /** The sentence shown instead of an empty chart. */
  empty: string | null;
  testId: string;
  children: ReactNode;
}) => {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} data-testid={testId} sx={{ minWidth: 0 }}>
      <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
        <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {help ? (
          <Typography variant="body2" color="text.secondary">
            {help}
          </Typography>
        ) : null}
        {empty ? (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ py: 6, textAlign: 'center' }}
            data-testid="chart-empty"
          >
            {empty}
          </Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
};
