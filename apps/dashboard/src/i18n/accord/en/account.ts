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
};
