/** The multipart form of an upload: one file in the part named `file`, checked by its content; other parts are ignored. */
export const UPLOAD_BODY = {
  type: 'object' as const,
  required: ['file'],
  properties: { file: { type: 'string' as const, format: 'binary' } },
};
