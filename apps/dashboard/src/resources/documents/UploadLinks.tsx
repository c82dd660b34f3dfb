import LinkOffIcon from '@mui/icons-material/LinkOff';
import {
  Alert,
  Box,
  Button,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { answer, useApi } from '../../providers/api';
import { uploadLinkStatus, type UploadLinkRecord, type UploadLinkStatus } from './document';

const STATUS_COLOURS: Record<UploadLinkStatus, ChipProps['color']> = {
  active: 'success',
  expired: 'default',
  revoked: 'warning',
};

interface UploadLinksProps {
  caseId: string;
  /** Changes whenever the links may have changed: one made here, or a client's upload seen on the case. */
  changedAt: string;
  readOnly: boolean;
}

/**
 * The case's upload links: whether each still works, how much it was used, and a way to stop one (a
 * message sent to the wrong number, a client who has sent everything).
 */
export const UploadLinks = ({ caseId, changedAt, readOnly }: UploadLinksProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const notify = useNotify();
  const [links, setLinks] = useState<UploadLinkRecord[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<UploadLinkRecord | null>(null);
  const [pending, setPending] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    api
      .GET('/api/cases/{id}/upload-links', { params: { path: { id: caseId } } })
      .then(answer)
      .then(
        (page) => {
          if (!current) return;
          setLinks(page.data);
          setFailed(null);
        },
        (error: unknown) => current && setFailed(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      current = false;
    };
  }, [caseId, changedAt, reloads, api]);

  const revoke = async () => {
    if (!revoking) return;
    setPending(true);
    try {
      answer(await api.POST('/api/upload-links/{id}/revoke', { params: { path: { id: revoking.id } } }));
      notify('accord.upload_links.revoked', { type: 'info' });
      setReloads((n) => n + 1);
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
      setRevoking(null);
    }
  };

  if (failed) return <Alert severity="error">{failed}</Alert>;
  if (!links) return null;
  if (!links.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.upload_links.none')}
      </Typography>
    );
  const field = (name: string) => translate(`accord.upload_links.fields.${name}`);
  const instant = (value: string | null) => (value ? formatFirmInstant(value, locale) : '—');
  return (
    <>
      <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
        <Table
          size="small"
          aria-label={translate('accord.upload_links.title')}
          sx={{ '& th': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{field('createdAt')}</TableCell>
              <TableCell>{field('expiresAt')}</TableCell>
              <TableCell>{field('status')}</TableCell>
              <TableCell align="right">{field('uploadCount')}</TableCell>
              <TableCell>{field('lastUsedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {links.map((link) => {
              const status = uploadLinkStatus(link);
              return (
                <TableRow key={link.id} data-testid="upload-link" data-status={status}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{instant(link.createdAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {instant(status === 'revoked' ? link.revokedAt : link.expiresAt)}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant={status === 'active' ? 'filled' : 'outlined'}
                      color={STATUS_COLOURS[status]}
                      label={translate(`accord.upload_links.statuses.${status}`)}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {link.uploadCount}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {link.lastUsedAt ? instant(link.lastUsedAt) : translate('accord.upload_links.never_used')}
                  </TableCell>
                  <TableCell align="right" sx={{ width: 1 }}>
                    {status === 'active' && !readOnly ? (
                      <Button
                        size="small"
                        color="warning"
                        startIcon={<LinkOffIcon />}
                        onClick={() => setRevoking(link)}
                      >
                        {translate('accord.upload_links.revoke')}
                      </Button>
                    ) : (
                      <Box component="span" sx={{ display: 'inline-block', minWidth: 64 }} />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <Confirm
        isOpen={revoking !== null}
        loading={pending}
        title="accord.upload_links.revoke_title"
        content="accord.upload_links.revoke_confirm"
        confirm="accord.upload_links.revoke"
        confirmColor="warning"
        onClose={() => setRevoking(null)}
        onConfirm={revoke}
      />
    </>
  );
};
