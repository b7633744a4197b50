import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import "./chunks/chunk-6H2MPZN6.js";

// src/main.ts
async function run() {
}

// src/index.ts
void run();
