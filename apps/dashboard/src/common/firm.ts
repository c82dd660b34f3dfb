/**
 * The firm's time zone: deadlines and hearings happen on Taipei's calendar wherever the reader sits.
 * The API has it as the FIRM_TIME_ZONE setting; the dashboard will read it from there once the API
 * exposes firm settings.
 */
export const FIRM_TIME_ZONE = 'Asia/Taipei';
