import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-OPSWC6J3.js";import"./chunk-E7EJMPN4.js";import"./chunk-BVONM4HD.js";import"./chunk-4LKNFYSN.js";import"./chunk-TMXV2TDA.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
