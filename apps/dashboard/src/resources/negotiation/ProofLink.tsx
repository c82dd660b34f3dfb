import ReceiptIcon from '@mui/icons-material/ReceiptLongOutlined';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { saveFile } from '../../common/save-file';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { ProofRecord } from './repayment';
import { useNotifyError } from '../../common/useNotifyError';

/**
 * A payment's proof (a receipt, a transfer screenshot), saved with its own name. The API wants the bearer
 * token, which a plain link cannot carry, so the file is fetched by the page.
 */
export const ProofLink = ({ proof }: { proof: ProofRecord }) => {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [loading, setLoading] = useState(false);

  const open = async () => {
    setLoading(true);
    try {
      const { data } = await dataProvider.getFile('payment-proofs', {
        id: proof.id,
        action: 'content',
        query: { disposition: 'attachment' },
      });
      saveFile(data.blob, data.filename ?? proof.originalName);
    } catch (error) {
      notifyError(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Button
      size="small"
      onClick={open}
      disabled={loading}
      startIcon={loading ? <CircularProgress size={14} /> : <ReceiptIcon />}
      title={translate('accord.documents.download_named', { name: proof.originalName })}
      sx={{ textTransform: 'none', maxWidth: 240, justifyContent: 'flex-start' }}
    >
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {proof.originalName}
      </span>
    </Button>
  );
};
