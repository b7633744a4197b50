import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{GhPagesStore,branchFolder}from"./chunk-LTKYBCMA.js";import"./chunk-PJSLT3SP.js";import"./chunk-PVWSYDDO.js";import"./chunk-4LKNFYSN.js";import"./chunk-WBXDYDNW.js";import"./chunk-JKELKWCZ.js";export{GhPagesStore,branchFolder};
