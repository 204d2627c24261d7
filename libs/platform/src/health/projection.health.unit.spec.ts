import { ConfigurationRefusedError } from '../config/configuration-refused.error';
import { projectionReadinessLimits } from './projection.health';

describe('projection readiness limits', () => {
  it('are unset unless given, and read as numbers', () => {
    expect(projectionReadinessLimits(() => undefined)).toEqual({});
    const settings: Record<string, string> = {
      PROJECTION_READY_MAX_LAG_SECONDS: '30',
      PROJECTION_READY_MAX_LAG_EVENTS: '5000',
      PROJECTION_READY_MAX_PARKED: '0',
    };
    expect(projectionReadinessLimits((key) => settings[key])).toEqual({
      maxLagSeconds: 30,
      maxLagEvents: 5000,
      maxParked: 0,
    });
  });

  it('refuse anything but a number ≥ 0, naming the setting', () => {
    const bad = () => projectionReadinessLimits((key) => (key === 'PROJECTION_READY_MAX_LAG_SECONDS' ? 'soon' : '-1'));
    expect(bad).toThrow(ConfigurationRefusedError);
    try {
      bad();
    } catch (error) {
      expect((error as ConfigurationRefusedError).settings).toEqual([
        'PROJECTION_READY_MAX_LAG_SECONDS',
        'PROJECTION_READY_MAX_LAG_EVENTS',
        'PROJECTION_READY_MAX_PARKED',
      ]);
    }
  });
});
