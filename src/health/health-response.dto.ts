import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What GET /health answers: terminus's shape, one entry per dependency checked.

class DependencyStatusDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: string;

  @ApiPropertyOptional({ type: 'integer', description: 'milliseconds the check took' })
  responseTime?: number;

  @ApiPropertyOptional({ description: 'why it is down' })
  message?: string;
}

class DependenciesDto {
  @ApiPropertyOptional({ type: DependencyStatusDto })
  postgres?: DependencyStatusDto;

  @ApiPropertyOptional({ type: DependencyStatusDto })
  redis?: DependencyStatusDto;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: string;

  @ApiProperty({ type: DependenciesDto, description: 'the dependencies that are up' })
  info: DependenciesDto;

  @ApiProperty({ type: DependenciesDto, description: 'the dependencies that are down' })
  error: DependenciesDto;

  @ApiProperty({ type: DependenciesDto, description: 'every dependency' })
  details: DependenciesDto;
}
