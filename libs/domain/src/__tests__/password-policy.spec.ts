import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS_TEXT } from '../passwords/common-passwords';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from '../passwords/password-policy';

const wang = { email: 'wang.xiaoming@firm.example', name: 'Wang Xiaoming' };
const common = COMMON_PASSWORDS_TEXT.split('\n').filter(Boolean);

describe('the password rules (NIST SP 800-63B)', () => {
  it('takes a long passphrase of any characters, with no composition rules', () => {
    expect(passwordProblems('correct horse battery staple', wang)).toEqual([]);
    expect(passwordProblems('alllowercaseletters', wang)).toEqual([]);
    expect(passwordProblems('我的密碼是一句很長的話啊', wang)).toEqual([]);
  });

  it('counts characters, not bytes: twelve Chinese characters are long enough, eleven are not', () => {
    expect(passwordProblems('天'.repeat(12), wang)).toEqual([]);
    expect(passwordProblems('天'.repeat(11), wang)).toEqual(['too_short']);
  });

  it('refuses every password shorter than the minimum and longer than the maximum', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: PASSWORD_MIN_LENGTH - 1, unit: 'grapheme-ascii' }),
        (p) => passwordProblems(p, wang).includes('too_short'),
      ),
    );
    expect(passwordProblems('x'.repeat(PASSWORD_MAX_LENGTH + 1), wang)).toContain('too_long');
    expect(passwordProblems('x'.repeat(PASSWORD_MAX_LENGTH), wang)).not.toContain('too_long');
  });

  it('refuses the 10,000 most common passwords in any case', () => {
    expect(common).toHaveLength(10_000);
    for (const p of common) expect(passwordProblems(p, wang)).toContain('common');
    expect(passwordProblems('QWERTYUIOPASDFGH'.toLowerCase(), wang).includes('common')).toBe(
      common.includes('qwertyuiopasdfgh'),
    );
    expect(passwordProblems('PASSWORD', wang)).toContain('common');
  });

  it('refuses a password built on the person’s e-mail or name, however written', () => {
    expect(passwordProblems('wang.xiaoming2026!', wang)).toEqual(['contains_email', 'contains_name']);
    expect(passwordProblems('My-Xiaoming-rocks', wang)).toEqual(['contains_name']);
    expect(passwordProblems('prefix WANG_XIAOMING suffix', wang)).toContain('contains_name');
    expect(
      passwordProblems('王小明的一句長長的密碼句子', { email: 'wxm@firm.example', name: '王小明' }),
    ).toEqual(['contains_name']);
  });

  it('refuses any password that contains the person’s name, wherever it sits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (before, after) =>
        passwordProblems(`${before}xiaoming${after}`, wang).includes('contains_name'),
      ),
    );
  });

  it('lets short name parts be, so a surname of two letters does not refuse half the language', () => {
    expect(passwordProblems('a lime and a mango tree', { email: 'li@firm.example', name: 'Li Ma' })).toEqual(
      [],
    );
  });
});
