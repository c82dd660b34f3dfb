import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import { allowedMoves, formatAmounts } from '@accord/domain';
import MoreIcon from '@mui/icons-material/MoreVert';
import {
  Alert,
  Box,
  Card,
  CardActionArea,
  Chip,
  IconButton,
  Menu,
  MenuItem,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useState, type DragEvent } from 'react';
import { Link, useCreatePath, useListContext, useTranslate } from 'react-admin';
import type { CaseListRecord } from './case';
import { MOVE_LABELS, moveDirection } from './transition';
import { useTransitionDialog } from './TransitionDialog';

/** The drag payload's type: only our cards can be dropped on a column. */
const CARD_TYPE = 'application/x-accord-case';

/**
 * The cases as a board, one column per stage of the spine. Dragging a card onto a column, or choosing
 * "move to…" on the card (for keyboards and screen readers), opens the transition dialog; the card moves
 * only when the API accepts, since the board is the list refetched.
 */
export const CaseBoard = () => {
  const { data, total, isPending } = useListContext<CaseListRecord>();
  const translate = useTranslate();
  const { open, dialog } = useTransitionDialog();
  const [dragged, setDragged] = useState<CaseListRecord | null>(null);
  const [over, setOver] = useState<CaseStage | null>(null);

  if (isPending || !data) return null;
  const byStage = new Map<CaseStage, CaseListRecord[]>(CASE_STAGES.map((stage) => [stage, []]));
  for (const record of data) byStage.get(record.stage)?.push(record);
  const canDrop = (stage: CaseStage) => !!dragged && allowedMoves(dragged.stage).includes(stage);

  const dropOn = (stage: CaseStage) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const id = event.dataTransfer.getData(CARD_TYPE);
    const record = data.find((r) => r.id === id);
    setDragged(null);
    if (record && allowedMoves(record.stage).includes(stage)) open(record, stage);
  };

  return (
    <Box sx={{ p: 1 }}>
      {total !== undefined && total > data.length ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('accord.cases.board_truncated', { shown: data.length, total })}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, overflowX: 'auto', pb: 1, alignItems: 'flex-start' }}>
        {CASE_STAGES.map((stage) => {
          const cards = byStage.get(stage) ?? [];
          const droppable = canDrop(stage);
          const name = translate(`accord.stages.${stage}`);
          return (
            <Paper
              key={stage}
              component="section"
              aria-label={name}
              data-stage={stage}
              onDragOver={(event) => {
                // Accepting the drag over a column is what lets the drop happen there.
                if (!droppable) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (over !== stage) setOver(stage);
              }}
              onDragLeave={() => setOver((current) => (current === stage ? null : current))}
              onDrop={dropOn(stage)}
              sx={{
                // Columns share the width and scroll sideways only below this, so a wide screen shows the spine whole.
                flex: '1 1 0',
                minWidth: 128,
                minHeight: 320,
                p: 1,
                bgcolor: over === stage ? '#dbe6f5' : droppable ? '#eef3fa' : '#f8f9fb',
                borderColor: over === stage ? 'primary.main' : droppable ? 'primary.light' : undefined,
                borderStyle: droppable ? 'dashed' : 'solid',
                transition: 'background-color 120ms',
              }}
            >
              <Stack
                direction="row"
                sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, px: 0.5 }}
              >
                <Typography variant="subtitle2" component="h3">
                  {name}
                </Typography>
                <Chip size="small" label={cards.length} />
              </Stack>
              <Stack spacing={1}>
                {cards.map((record) => (
                  <CaseCard
                    key={record.id}
                    record={record}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(CARD_TYPE, record.id);
                      event.dataTransfer.effectAllowed = 'move';
                      setDragged(record);
                    }}
                    onDragEnd={() => {
                      setDragged(null);
                      setOver(null);
                    }}
                    onMove={(to) => open(record, to)}
                  />
                ))}
              </Stack>
            </Paper>
          );
        })}
      </Box>
      {dialog}
    </Box>
  );
};

interface CaseCardProps {
  record: CaseListRecord;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  onMove: (to: CaseStage) => void;
}

const CaseCard = ({ record, onDragStart, onDragEnd, onMove }: CaseCardProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const moves = allowedMoves(record.stage);
  return (
    <Card
      component="article"
      aria-label={record.reference}
      draggable={moves.length > 0}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      sx={{ position: 'relative', cursor: moves.length ? 'grab' : 'default' }}
    >
      <CardActionArea
        component={Link}
        to={createPath({ resource: 'cases', id: record.id, type: 'show' })}
        draggable={false}
        sx={{ p: 1 }}
      >
        <Typography
          variant="caption"
          component="div"
          color="text.secondary"
          sx={{ fontFamily: 'monospace', fontSize: 11, whiteSpace: 'nowrap', lineHeight: 1.8 }}
        >
          {record.reference}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {record.clientName ?? '—'}
        </Typography>
        <Typography
          variant="body2"
          sx={{ fontVariantNumeric: 'tabular-nums', mt: 0.5, whiteSpace: 'nowrap' }}
        >
          {formatAmounts(
            Object.fromEntries(record.totalsByCurrency.map((t) => [t.currency, t.outstandingFen])),
          )}
        </Typography>
        {/* Always there, so the move button below sits beside it and never over the amount. */}
        <Typography
          variant="caption"
          component="div"
          color={record.maxDaysOverdue > 90 ? 'error' : 'text.secondary'}
          sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', minHeight: 22, pr: 3.5 }}
        >
          {record.maxDaysOverdue > 0
            ? translate('accord.cases.days_overdue', { smart_count: record.maxDaysOverdue })
            : null}
        </Typography>
      </CardActionArea>
      {moves.length ? (
        <>
          <IconButton
            size="small"
            aria-label={translate('accord.cases.move_menu', { reference: record.reference })}
            aria-haspopup="menu"
            onClick={(event) => setMenuAnchor(event.currentTarget)}
            sx={{ position: 'absolute', bottom: 2, right: 2 }}
          >
            <MoreIcon fontSize="small" />
          </IconButton>
          <Menu anchorEl={menuAnchor} open={!!menuAnchor} onClose={() => setMenuAnchor(null)}>
            {moves.map((to) => (
              <MenuItem
                key={to}
                onClick={() => {
                  setMenuAnchor(null);
                  onMove(to);
                }}
              >
                {translate(MOVE_LABELS[moveDirection(record.stage, to)], {
                  stage: translate(`accord.stages.${to}`),
                })}
              </MenuItem>
            ))}
          </Menu>
        </>
      ) : null}
    </Card>
  );
};
