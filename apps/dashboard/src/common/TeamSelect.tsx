import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Schema } from '../providers/api';

/** The firm has a handful of teams: one page holds them all. */
const ALL = { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' as const } };

/** Administrators' choice of whose figures to read: the whole firm (null) or one team. */
export const TeamSelect = ({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (teamId: string | null) => void;
}) => {
  const translate = useTranslate();
  const { data: teams } = useGetList<Schema<'TeamView'>>('teams', ALL);
  return (
    <TextField
      select
      size="small"
      label={translate('resources.teams.name', { smart_count: 1 })}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      // "All teams" is a choice like the others: shown, with the label above it, when nothing is chosen.
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      fullWidth={false}
      sx={{ width: 200 }}
      data-testid="team-select"
    >
      <MenuItem value="">{translate('accord.reports.all_teams')}</MenuItem>
      {(teams ?? []).map((team) => (
        <MenuItem key={team.id} value={team.id}>
          {team.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
