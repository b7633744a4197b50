import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-FQWARPSL.js";import"./chunk-E7EJMPN4.js";import"./chunk-NQVXSNXO.js";import"./chunk-4LKNFYSN.js";import"./chunk-3Z5FB7IE.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
