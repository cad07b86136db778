import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * The review page at `/`: static files copied from src/desk-ui into dist by `nest build` (see the
 * assets of nest-cli.json), and uPlot's browser build from node_modules under /vendor/uplot.
 */
export function serveReviewPage(app: NestExpressApplication): void {
  app.useStaticAssets(join(__dirname, '..', 'desk-ui'), { index: 'index.html' });
  app.useStaticAssets(dirname(require.resolve('uplot/dist/uPlot.iife.min.js')), {
    prefix: '/vendor/uplot/',
  });
}
