import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import{XMLParser,XMLValidator,json2xml_default}from"./chunk-LYMGDYBB.js";import"./chunk-JKELKWCZ.js";export{json2xml_default as XMLBuilder,XMLParser,XMLValidator};
