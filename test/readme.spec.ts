import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('gives the two commands: one that starts everything, one that passes every test', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
