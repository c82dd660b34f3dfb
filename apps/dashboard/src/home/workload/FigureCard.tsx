import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One total: what it counts, the figure, and a line saying what is in it. */
export const FigureCard = ({
  label,
  value,
  caption,
  tone = 'plain',
  testId,
}: {
  label: string;
  value: ReactNode;
  caption?: string;
  /** Work waiting past its time reads in red, once there is some. */
  tone?: 'plain' | 'alert' | 'money';
  testId: string;
}) => (
  <Card
    data-testid="workload-total"
    data-figure={testId}
    sx={{
      borderTop: 3,
      borderTopColor: tone === 'alert' ? 'error.main' : tone === 'money' ? 'success.main' : 'primary.main',
    }}
  >
    <CardContent sx={{ px: 2, py: 1.5, '&:last-child': { pb: 1.5 } }}>
      <Typography variant="body2" color="text.secondary" sx={{ lineHeight: 1.4 }}>
        {label}
      </Typography>
      <Typography
        component="div"
        data-testid="workload-total-value"
        sx={{
          fontSize: tone === 'money' ? '1.35rem' : '1.9rem',
          lineHeight: 1.35,
          fontWeight: 500,
          fontVariantNumeric: 'tabular-nums',
          color: tone === 'alert' ? 'error.main' : 'text.primary',
          whiteSpace: 'nowrap',
        }}
      >
        {value}
      </Typography>
      {caption ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.4 }}>
          {caption}
        </Typography>
      ) : null}
    </CardContent>
  </Card>
);
