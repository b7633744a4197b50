import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-QVBKOAGZ.js";import"./chunk-E7EJMPN4.js";import"./chunk-4LKNFYSN.js";import"./chunk-NMQARUF4.js";import"./chunk-5UZVJNF3.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
