#!/usr/bin/env node
// `npx sluice`: the bundled CLI (built from src/cli.ts by `npm run build`).
import '../dist/cli.js';
