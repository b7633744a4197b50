import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{remoteWrite}from"./chunk-ERL677PL.js";import"./chunk-JKELKWCZ.js";export{remoteWrite};
