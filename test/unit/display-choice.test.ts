import { describe, expect, it } from 'vitest';
import { chooseCustomerDisplay, type DisplayInfo } from '../../src/main/core/customer/display-choice';

const display = (id: number, x: number): DisplayInfo => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } });
const clerk = display(1, 0);
const left = display(7, -1920);
const right = display(2, 1920);

describe('choosing the customer display', () => {
  it('with no display: none', () => {
    expect(chooseCustomerDisplay([], undefined, 'auto')).toEqual({ display: null, reason: 'no-screen' });
  });

  it('with one display: none (the clerk’s window serves the customer)', () => {
    expect(chooseCustomerDisplay([clerk], 1, 'auto')).toEqual({ display: null, reason: 'single-screen' });
    expect(chooseCustomerDisplay([clerk], 1, 1)).toEqual({ display: null, reason: 'single-screen' });
  });

  it('with two displays: the one that is not primary', () => {
    expect(chooseCustomerDisplay([clerk, right], 1, 'auto')).toEqual({ display: right, reason: 'auto' });
  });

  it('with three: the leftmost non-primary, the same every time whatever the order they are listed in', () => {
    expect(chooseCustomerDisplay([right, clerk, left], 1, 'auto').display).toBe(left);
    expect(chooseCustomerDisplay([left, right, clerk], 1, 'auto').display).toBe(left);
  });

  it('the display chosen in settings, while it is plugged in; auto again once it is unplugged', () => {
    expect(chooseCustomerDisplay([clerk, left, right], 1, 2)).toEqual({ display: right, reason: 'chosen' });
    expect(chooseCustomerDisplay([clerk, left], 1, 2)).toEqual({ display: left, reason: 'auto' });
  });

  it('plugged back in: the second display is used again; unplugged: none', () => {
    expect(chooseCustomerDisplay([clerk, right], 1, 'auto').display).toBe(right);
    expect(chooseCustomerDisplay([clerk], 1, 'auto').display).toBeNull();
  });

  it('off: none, whatever is connected', () => {
    expect(chooseCustomerDisplay([clerk, right], 1, 'off')).toEqual({ display: null, reason: 'off' });
  });
});
