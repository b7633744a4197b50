import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-UGAVZQV3.js";import"./chunk-E7EJMPN4.js";import"./chunk-2Z6VTC66.js";import"./chunk-4LKNFYSN.js";import"./chunk-WBXDYDNW.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
