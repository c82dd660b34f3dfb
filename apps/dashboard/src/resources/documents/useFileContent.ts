import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AccordDataProvider } from '../../providers/dataProvider';

/**
 * Files never change once stored (a new version is a new file), so what was fetched for a thumbnail serves
 * the preview and later visits too: fewer bytes, and fewer downloads in the audit log. Bounded, because a
 * phone photo can weigh several megabytes.
 */
const MAX_CACHED = 40;
const cache = new Map<string, Promise<Blob>>();

function remember(id: string, load: () => Promise<Blob>): Promise<Blob> {
  const known = cache.get(id);
  if (known) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(id);
    cache.set(id, known);
    return known;
  }
  const loading = load();
  cache.set(id, loading);
  // A failed load is not kept: the next look tries again.
  loading.catch(() => cache.delete(id));
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  return loading;
}

export type FileContent =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; url: string; blob: Blob }
  | { state: 'failed'; message: string };

/**
 * A stored file as an object URL the page may show (<img>, <iframe>): the API wants the bearer token,
 * which an address alone cannot carry. The URL is released when the component no longer needs it.
 */
export function useFileContent(fileId: string, enabled: boolean): FileContent {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [content, setContent] = useState<FileContent>({ state: 'idle' });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    let url: string | null = null;
    setContent({ state: 'loading' });
    remember(fileId, async () => {
      const { data } = await dataProvider.getFile('document-files', {
        id: fileId,
        action: 'content',
        // Inline: the API then answers with the type a browser may display (images and PDFs only).
        query: { disposition: 'inline' },
      });
      return data.blob;
    }).then(
      (blob) => {
        if (!current) return;
        url = URL.createObjectURL(blob);
        setContent({ state: 'ready', url, blob });
      },
      (error: unknown) => {
        if (current) setContent({ state: 'failed', message: error instanceof Error ? error.message : '' });
      },
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId, enabled, dataProvider]);

  return enabled ? content : { state: 'idle' };
}

/**
 * The file as it was uploaded, for the browser's downloads. Always asked of the API, never taken from the
 * preview cache: a deliberate download is what the audit log has to show.
 */
export async function fetchFile(dataProvider: AccordDataProvider, fileId: string): Promise<Blob> {
  const { data } = await dataProvider.getFile('document-files', {
    id: fileId,
    action: 'content',
    query: { disposition: 'attachment' },
  });
  return data.blob;
}
