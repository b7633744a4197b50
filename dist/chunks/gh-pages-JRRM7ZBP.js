import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-2JDMM3LM.js";import"./chunk-E7EJMPN4.js";import"./chunk-4LKNFYSN.js";import"./chunk-BVONM4HD.js";import"./chunk-TMXV2TDA.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
