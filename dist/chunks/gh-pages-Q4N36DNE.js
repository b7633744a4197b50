import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-SNHSNP4Y.js";import"./chunk-E7EJMPN4.js";import"./chunk-4LKNFYSN.js";import"./chunk-OLYLTNX6.js";import"./chunk-GC5VTVD4.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
