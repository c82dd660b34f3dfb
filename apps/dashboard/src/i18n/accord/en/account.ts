import type { PasswordProblem } from '@accord/domain';

/** One's own account: choosing one's password, and the rules it is held to (NIST SP 800-63B). */
export const account = {
  own_password: {
    title: 'Password',
    help: 'At least 12 characters; a sentence is easiest to remember. Not one of the most common passwords, and not built on your e-mail or name. No digits or symbols are required.',
    current: 'Current password',
    new: 'New password',
    repeat: 'New password again',
    not_the_same: 'The two new passwords differ.',
    save: 'Change password',
    saved: 'Your password is changed. You are signed out everywhere else.',
    must_title: 'Choose your own password',
    must_help:
      'An administrator set the password you signed in with. Choose your own before going on; only you will know it.',
    problems: {
      too_short: 'It is shorter than 12 characters.',
      too_long: 'It is longer than 128 characters.',
      common: 'It is one of the 10,000 most common passwords.',
      contains_email: 'It contains your e-mail address.',
      contains_name: 'It contains your name.',
      unchanged: 'It is the password you use now.',
    } satisfies Record<PasswordProblem, string>,
  },
  second_factor: {
    title: 'Second factor',
    help: 'A code from an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…) besides your password, so a stolen password alone opens nothing.',
    enrolled_since: 'On since %{date}. Recovery codes left: %{count}.',
    not_enrolled: 'Not set up yet.',
    not_enforced:
      'Your account has no second factor yet. Managers and admins open every client of their team or firm: set one up now.',
    start: 'Set up an authenticator app',
    scan: 'Scan this QR code with the app, or type the key below into it, then enter the six digits it shows.',
    secret: 'Key',
    confirm: 'Confirm',
    code: 'Code from the app',
    recovery_title: 'Your recovery codes',
    recovery_help:
      'Each opens one sign-in if you lose your phone. Keep them somewhere safe (printed, or in a password manager): they are shown only now.',
    done: 'Done',
    enrolled: 'The second factor is on.',
    sign_in_help: 'Enter the six digits your authenticator app shows for Accord.',
    use_recovery_code: 'Use a recovery code instead',
    recovery_code: 'Recovery code',
    reset: 'Reset second factor',
    reset_confirm: 'Remove this person’s second factor? Their sessions end and they set it up again.',
    reset_done: 'The second factor is removed.',
    required_title: 'Set up your second factor',
    required_help:
      'Your role opens every client of your team or firm, so Accord asks for a code from an authenticator app besides your password. Set it up now; it takes a minute.',
  },
};
