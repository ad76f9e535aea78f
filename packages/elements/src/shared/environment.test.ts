import { expect } from '@open-wc/testing';

// The runner pins zone and locale (web-test-runner.config.mjs); date tests rely on both.
describe('test environment', () => {
  it('should run in Asia/Hong_Kong time', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Hong_Kong');
    expect(new Date('2026-01-01T00:00:00Z').getHours()).to.equal(8);
  });

  it('should run with the en-US locale', () => {
    expect(navigator.language).to.equal('en-US');
    expect(new Intl.NumberFormat().resolvedOptions().locale).to.equal('en-US');
  });
});
