import { type MissingService, missingServicesMessage } from './ensure-services';

const postgres: MissingService = {
  name: 'PostgreSQL',
  address: '127.0.0.1:5432',
  aptPackage: 'postgresql',
  composeService: 'postgres',
};
const redis: MissingService = {
  name: 'Redis',
  address: '127.0.0.1:6379',
  aptPackage: 'redis-server',
  composeService: 'redis',
};

describe('missingServicesMessage', () => {
  it('names the one missing service and only what it takes to get it', () => {
    expect(missingServicesMessage([redis])).toBe(
      'Redis does not answer on 127.0.0.1:6379, and it is not installed: install it (apt-get install -y redis-server) or run `docker compose up -d redis`, then try again',
    );
  });

  it('names both in one line when both are missing', () => {
    const message = missingServicesMessage([postgres, redis]);
    expect(message).not.toContain('\n');
    expect(message).toContain(
      'PostgreSQL does not answer on 127.0.0.1:5432 and Redis does not answer on 127.0.0.1:6379, and neither is installed',
    );
    expect(message).toContain('install them (apt-get install -y postgresql redis-server)');
    expect(message).toContain('docker compose up -d postgres redis');
  });
});
