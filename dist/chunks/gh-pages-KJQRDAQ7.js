import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-FR2QAJRC.js";import"./chunk-E7EJMPN4.js";import"./chunk-4LKNFYSN.js";import"./chunk-TPUL5MOW.js";import"./chunk-GC5VTVD4.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
