import { DOCUMENT_KIND_NAMES } from '@accord/contracts';

/**
 * The client upload page's words in English; their shape is the reference for zh-TW and zh-CN (a missing
 * or extra key fails to compile). Written for clients, not staff: plain words, no case vocabulary.
 */
export const uploadEn = {
  title: 'Send your documents',
  firm: 'Accord',
  subtitle: 'Debt negotiation',
  language: 'Language',
  loading: 'Loading…',
  intro:
    'Your case officer needs the documents below. For each one, take a photo or choose a file: it goes straight to your officer.',
  valid_until: 'This link works until %{date}.',
  tip: 'Tip: lay the paper flat in good light, with all four corners and every word readable.',
  nothing_outstanding: 'Nothing is missing at the moment. Thank you!',
  kinds: DOCUMENT_KIND_NAMES.en,
  statuses: {
    requested: 'Needed',
    rejected: 'Please send again',
    received: 'Received',
  },
  due: 'Please send by %{date}',
  overdue: 'Please send as soon as possible (it was due %{date})',
  rejected_because: 'Why we need it again: %{reason}',
  received_more: 'We have received this one. You can add another page if needed.',
  take_photo: 'Take a photo',
  take_photo_for: 'Take a photo of %{kind}',
  choose_file: 'Choose a photo or PDF',
  choose_file_for: 'Choose a photo or PDF for %{kind}',
  uploading: 'Sending… %{percent}%',
  sent: 'Received, thank you! (%{name})',
  privacy: 'Your files go only to the firm handling your case.',
  try_again: 'Try again',
  file_problems: {
    too_large: 'This file is larger than 20 MB. Take a new photo or choose a smaller file.',
    unsupported_type: 'This kind of file cannot be sent. Send a photo (JPEG, PNG, HEIC) or a PDF.',
    empty_file: 'This file is empty. Please choose it again.',
  },
  errors: {
    LINK_INVALID: 'This link is no longer valid. Please contact your case officer for a new one.',
    PAYLOAD_TOO_LARGE: 'This file is larger than 20 MB. Take a new photo or choose a smaller file.',
    UNSUPPORTED_FILE_TYPE: 'This kind of file cannot be sent. Send a photo (JPEG, PNG, HEIC) or a PDF.',
    EMPTY_FILE: 'This file is empty. Please choose it again.',
    NO_FILE: 'No file arrived. Please choose it again.',
    DUPLICATE_FILE: 'You have already sent this exact file. Thank you!',
    NOT_FOUND: 'This document is no longer needed. Please reload the page.',
    TOO_MANY_REQUESTS: 'Too many attempts. Please wait a minute and try again.',
    TOO_MANY_LATER: 'Too many files for now. Please try again in about %{minutes} minutes.',
    NETWORK: 'The connection failed. Check your signal and try again.',
    UNKNOWN: 'Something went wrong. Please try again, or contact your case officer.',
  },
};
