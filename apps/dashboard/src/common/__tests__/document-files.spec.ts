import { describe, expect, it } from 'vitest';
import { checkDocumentFile, MAX_DOCUMENT_BYTES } from '../document-files';

describe('checkDocumentFile', () => {
  it.each([
    ['scan.pdf', 'application/pdf'],
    ['IMG_0001.JPG', ''],
    ['photo.jpeg', 'image/jpeg'],
    ['screen.png', 'image/png'],
    ['IMG_0002.HEIC', ''],
    ['camera-upload', 'image/heic'],
  ])('takes %s (%s)', (name, type) => {
    expect(checkDocumentFile({ name, type, size: 1000 })).toBeNull();
  });

  it('refuses other types, empty files and files over 20 MB', () => {
    expect(checkDocumentFile({ name: 'notes.docx', type: 'application/msword', size: 10 })).toBe(
      'unsupported_type',
    );
    expect(checkDocumentFile({ name: 'a.gif', type: 'image/gif', size: 10 })).toBe('unsupported_type');
    expect(checkDocumentFile({ name: 'a.pdf', size: 0 })).toBe('empty_file');
    expect(checkDocumentFile({ name: 'a.pdf', size: MAX_DOCUMENT_BYTES })).toBeNull();
    expect(checkDocumentFile({ name: 'a.pdf', size: MAX_DOCUMENT_BYTES + 1 })).toBe('too_large');
  });
});
