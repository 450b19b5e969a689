import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../../server/auth/passwordPolicy';

describe('password policy', () => {
  test('short passwords are refused, long ones pass', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem('Tr0ub4dor&3')).toMatch(/at least 12 characters/);
    expect(passwordProblem('correct horse battery staple')).toBeUndefined();
  });

  test('common passwords, repeated characters and the username are refused whatever the length', () => {
    expect(passwordProblem('Password1234')).toMatch(/most common/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/repeat/);
    expect(passwordProblem('alice-in-the-archive', 'alice')).toMatch(/username/);
  });
});
